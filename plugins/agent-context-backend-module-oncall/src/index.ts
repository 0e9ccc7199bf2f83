/**
 * Adds an On-call section to Agent Context: whom to page for an entity.
 *
 * @packageDocumentation
 */

export { agentContextModuleOnCall as default } from './module';
export {
  ON_CALL_ANNOTATION,
  OnCallContributor,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
} from './OnCallContributor';
