export { DatabaseConnectorCursorStore } from './DatabaseConnectorCursorStore';
export {
  connectorTaskId,
  scheduleAdoptionConnectors,
} from './scheduleAdoptionConnectors';
export type {
  AdoptionConnector,
  ConnectorCursorStore,
  ConnectorDay,
} from './types';
