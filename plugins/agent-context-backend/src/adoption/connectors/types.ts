import { AdoptionRow } from '@agent-context/plugin-agent-context-common';

/** What a connector read for one whole UTC day. */
export interface ConnectorDay {
  rows: AdoptionRow[];
  /**
   * Records or figures the vendor sent that map onto nothing we keep (an
   * inactive user, an unknown actor, a cost in another currency): skipped,
   * counted and logged, never an error.
   */
  ignored: number;
}

/** A scheduled pull of one vendor's usage reports, one UTC day at a time. */
export interface AdoptionConnector {
  /** Its config key under `agentContext.adoption.connectors`, and its rows' source. */
  readonly name: string;
  /** Reads everything the vendor reports for the day (YYYY-MM-DD, UTC). */
  readDay(day: string, signal?: AbortSignal): Promise<ConnectorDay>;
}

/** Where each connector has got to, kept across restarts and replicas. */
export interface ConnectorCursorStore {
  /** The last day the connector pulled and stored whole, if any. */
  findLastDay(connector: string): Promise<string | undefined>;
  saveLastDay(connector: string, day: string): Promise<void>;
}
