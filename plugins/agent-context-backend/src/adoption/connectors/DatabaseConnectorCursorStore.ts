import type { Knex } from 'knex';
import { ConnectorCursorStore } from './types';

/** The table of migration 202612031520. */
export const CONNECTOR_CURSORS_TABLE =
  'agent_context_adoption_connector_cursors';

interface ConnectorCursorRow {
  connector: string;
  last_day: string;
  updated_at: string;
}

/** `ConnectorCursorStore` on the plugin's database, one row per connector. */
export class DatabaseConnectorCursorStore implements ConnectorCursorStore {
  /** @param options.knex - a client whose schema is migrated */
  static create(options: { knex: Knex }): DatabaseConnectorCursorStore {
    return new DatabaseConnectorCursorStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  async findLastDay(connector: string): Promise<string | undefined> {
    const row = await this.knex<ConnectorCursorRow>(CONNECTOR_CURSORS_TABLE)
      .where({ connector })
      .first();
    return row?.last_day;
  }

  async saveLastDay(connector: string, day: string): Promise<void> {
    await this.knex<ConnectorCursorRow>(CONNECTOR_CURSORS_TABLE)
      .insert({
        connector,
        last_day: day,
        updated_at: new Date().toISOString(),
      })
      .onConflict('connector')
      .merge(['last_day', 'updated_at']);
  }
}
