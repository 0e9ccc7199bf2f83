import { Knex } from 'knex';

/** An entity's recent agent usage, as the readiness checks need it. */
export interface RecentUsage {
  contextFetches: number;
  aiUsage: boolean;
}

/** Reads recent usage for many entities at once. */
export interface RecentUsageReader {
  /**
   * Usage from `sinceDay` (YYYY-MM-DD, inclusive) on, keyed by lower-case
   * entity ref; entities without any usage are absent.
   */
  recentUsage(
    entityRefs: string[],
    sinceDay: string,
  ): Promise<Map<string, RecentUsage>>;
}

const ROLLUPS_TABLE = 'agent_context_adoption_rollups';

// Merge-request counts come from the forge whether or not an agent helped,
// and context fetches are counted apart: neither is an agent's own usage.
const NOT_AI_USAGE = [
  'contextFetches',
  'mergeRequestsOpened',
  'mergeRequestsMerged',
];

/**
 * Recent usage from the adoption rollups: one grouped query over the
 * entity rollups of the window, whatever the number of entities asked
 * about, so a whole catalog is read at once.
 */
export class AdoptionUsageReader implements RecentUsageReader {
  constructor(private readonly knex: Knex) {}

  async recentUsage(
    entityRefs: string[],
    sinceDay: string,
  ): Promise<Map<string, RecentUsage>> {
    const wanted = new Set(
      entityRefs.map(ref => ref.toLocaleLowerCase('en-US')),
    );
    const result = new Map<string, RecentUsage>();
    if (wanted.size === 0) {
      return result;
    }
    // Filtering by ref in SQL would need thousands of bind parameters; the
    // window's grouped rows are few per entity, so they are filtered here.
    const rows: Array<{ scope_ref: string; metric: string; total: unknown }> =
      await this.knex(ROLLUPS_TABLE)
        .select('scope_ref', 'metric')
        .sum({ total: 'value' })
        .where('scope_kind', 'entity')
        .andWhere('day', '>=', sinceDay)
        .andWhere('scope_ref', '<>', '')
        .groupBy('scope_ref', 'metric');
    for (const row of rows) {
      const ref = row.scope_ref.toLocaleLowerCase('en-US');
      const total = Number(row.total);
      const counts =
        row.metric === 'contextFetches' || !NOT_AI_USAGE.includes(row.metric);
      if (!wanted.has(ref) || !(total > 0) || !counts) {
        continue;
      }
      const usage = result.get(ref) ?? { contextFetches: 0, aiUsage: false };
      if (row.metric === 'contextFetches') {
        usage.contextFetches += total;
      } else if (!NOT_AI_USAGE.includes(row.metric)) {
        usage.aiUsage = true;
      }
      result.set(ref, usage);
    }
    return result;
  }
}
