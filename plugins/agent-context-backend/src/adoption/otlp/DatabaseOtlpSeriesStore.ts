import type { Knex } from 'knex';
import { inChunks } from '../../conventions/store/inChunks';
import { OtlpSeriesState, OtlpSeriesStore } from './OtlpSeriesStore';

/** The table of migrations/202612031510_adoption_otlp_series.js. */
export const OTLP_SERIES_TABLE = 'agent_context_adoption_otlp_series';

interface OtlpSeriesRow {
  series_key: string;
  metric: string;
  start_time_unix_nano: string;
  time_unix_nano: string;
  value: number | string;
  count: number | string | null;
  updated_at: string;
}

function fromRow(row: OtlpSeriesRow): OtlpSeriesState {
  return {
    seriesKey: row.series_key,
    metric: row.metric,
    startTimeUnixNano: row.start_time_unix_nano,
    timeUnixNano: row.time_unix_nano,
    // PostgreSQL's driver returns double precision as a number, but be
    // safe with drivers that return strings for numeric columns.
    value: Number(row.value),
    ...(row.count !== null ? { count: Number(row.count) } : {}),
  };
}

/** `OtlpSeriesStore` on the plugin's database, one row per series. */
export class DatabaseOtlpSeriesStore implements OtlpSeriesStore {
  /** @param options.knex - a client whose schema is migrated */
  static create(options: { knex: Knex }): DatabaseOtlpSeriesStore {
    return new DatabaseOtlpSeriesStore(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  async get(seriesKeys: string[]): Promise<Map<string, OtlpSeriesState>> {
    const found = new Map<string, OtlpSeriesState>();
    for (const chunk of inChunks([...new Set(seriesKeys)])) {
      const rows = await this.knex<OtlpSeriesRow>(OTLP_SERIES_TABLE).whereIn(
        'series_key',
        chunk,
      );
      for (const row of rows) {
        found.set(row.series_key, fromRow(row));
      }
    }
    return found;
  }

  async put(states: OtlpSeriesState[], at: Date): Promise<void> {
    const rows: OtlpSeriesRow[] = states.map(state => ({
      series_key: state.seriesKey,
      metric: state.metric,
      start_time_unix_nano: state.startTimeUnixNano,
      time_unix_nano: state.timeUnixNano,
      value: state.value,
      count: state.count ?? null,
      updated_at: at.toISOString(),
    }));
    await this.knex.transaction(async tx => {
      // Seven parameters a row: 100 rows stay under SQLite's 999.
      for (const chunk of inChunks(rows, 100)) {
        await tx<OtlpSeriesRow>(OTLP_SERIES_TABLE)
          .insert(chunk)
          .onConflict('series_key')
          .merge();
      }
    });
  }

  async prune(before: Date): Promise<number> {
    return this.knex<OtlpSeriesRow>(OTLP_SERIES_TABLE)
      .where('updated_at', '<', before.toISOString())
      .delete();
  }
}
