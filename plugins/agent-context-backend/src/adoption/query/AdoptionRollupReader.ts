import { ADOPTION_CONTEXT_ONLY_TOOL } from '@agent-context/plugin-agent-context-common';
import { Knex } from 'knex';
import { AdoptionBucket } from './adoptionRange';

const ROLLUPS = 'agent_context_adoption_rollups';
const USERS = 'agent_context_adoption_users';

/** Which rollups a read covers: one scope kind, one ref or all, a day range. */
export interface RollupSelection {
  scopeKind: 'org' | 'entity' | 'team';
  /** One scope; all of the kind when absent. */
  scopeRef?: string;
  from: string;
  to: string;
}

/** What a read is grouped by, besides the metric. */
export interface RollupGrouping {
  scope?: boolean;
  bucket?: AdoptionBucket;
  tool?: boolean;
  model?: boolean;
}

/** One summed figure; the grouped-by columns are set, the others ''. */
export interface RollupSum {
  scopeRef: string;
  bucket: string;
  tool: string;
  model: string;
  metric: string;
  value: number;
}

/**
 * Distinct users of one group. `aiUsers` are those with any row other than
 * a context fetch; `contextUsers` those with context-only rows (see
 * ADOPTION_CONTEXT_ONLY_TOOL); `allUsers` is either.
 */
export interface RollupUsers {
  scopeRef: string;
  bucket: string;
  tool: string;
  aiUsers: number;
  contextUsers: number;
  allUsers: number;
}

/**
 * Reads the adoption rollups and user-days, aggregated in SQL: one query
 * per family of figures, never one per entity, so that an overview over
 * months of thousands of services stays a few grouped scans.
 */
export class AdoptionRollupReader {
  static create(options: { knex: Knex }) {
    return new AdoptionRollupReader(options.knex);
  }

  private constructor(private readonly knex: Knex) {}

  /** Sums of every metric (or those named), grouped as asked. */
  async sums(
    selection: RollupSelection,
    grouping: RollupGrouping,
    metrics?: string[],
  ): Promise<RollupSum[]> {
    const query = this.selected(ROLLUPS, selection);
    if (metrics) {
      query.whereIn('metric', metrics);
    }
    const columns = this.groupColumns(grouping, { model: true });
    const rows: Array<Record<string, unknown>> = await query
      .select([...columns.select, 'metric'])
      .sum({ value: 'value' })
      .groupBy([...columns.groupBy, 'metric']);
    return rows.map(row => ({
      scopeRef: String(row.scope_ref ?? ''),
      bucket: String(row.bucket ?? ''),
      tool: String(row.tool ?? ''),
      model: String(row.model ?? ''),
      metric: String(row.metric),
      value: Number(row.value),
    }));
  }

  /** Distinct users, grouped as asked (not by model: user-days have none). */
  async users(
    selection: RollupSelection,
    grouping: Omit<RollupGrouping, 'model'>,
  ): Promise<RollupUsers[]> {
    const columns = this.groupColumns(grouping, { model: false });
    const rows: Array<Record<string, unknown>> = await this.selected(
      USERS,
      selection,
    )
      .modify(query => {
        if (columns.select.length > 0) {
          query.select(columns.select);
        }
      })
      .select({
        ai_users: this.knex.raw(
          'COUNT(DISTINCT CASE WHEN tool <> ? THEN user_key END)',
          [ADOPTION_CONTEXT_ONLY_TOOL],
        ),
        context_users: this.knex.raw(
          'COUNT(DISTINCT CASE WHEN tool = ? THEN user_key END)',
          [ADOPTION_CONTEXT_ONLY_TOOL],
        ),
        all_users: this.knex.raw('COUNT(DISTINCT user_key)'),
      })
      .modify(query => {
        if (columns.groupBy.length > 0) {
          query.groupBy(columns.groupBy);
        }
      });
    return rows.map(row => ({
      scopeRef: String(row.scope_ref ?? ''),
      bucket: String(row.bucket ?? ''),
      tool: String(row.tool ?? ''),
      aiUsers: Number(row.ai_users),
      contextUsers: Number(row.context_users),
      allUsers: Number(row.all_users),
    }));
  }

  /** How many attributed scopes of a kind have any rollup in the range. */
  async activeScopes(selection: RollupSelection): Promise<number> {
    const [row] = await this.selected(ROLLUPS, selection)
      .whereNot('scope_ref', '')
      .countDistinct({ count: 'scope_ref' });
    return Number(row.count);
  }

  private selected(table: string, selection: RollupSelection) {
    const query = this.knex(table)
      .where('scope_kind', selection.scopeKind)
      .whereBetween('day', [selection.from, selection.to]);
    if (selection.scopeRef !== undefined) {
      query.where('scope_ref', selection.scopeRef);
    }
    return query;
  }

  private groupColumns(grouping: RollupGrouping, has: { model: boolean }) {
    const select: Array<string | Knex.Raw> = [];
    const groupBy: Array<string | Knex.Raw> = [];
    if (grouping.scope) {
      select.push('scope_ref');
      groupBy.push('scope_ref');
    }
    if (grouping.bucket) {
      const expression = this.bucketExpression(grouping.bucket);
      select.push(this.knex.raw(`${expression} as bucket`));
      groupBy.push(this.knex.raw(expression));
    }
    if (grouping.tool) {
      select.push('tool');
      groupBy.push('tool');
    }
    if (grouping.model && has.model) {
      select.push('model');
      groupBy.push('model');
    }
    return { select, groupBy };
  }

  /**
   * The bucket of a day column in SQL: the day, or the Monday of its ISO
   * week. Dates are strings in the schema and each database has its own
   * date functions, so weeks need one expression per dialect; distinct
   * users per week must be counted in SQL, not summed from days.
   */
  private bucketExpression(bucket: AdoptionBucket): string {
    if (bucket === 'day') {
      return 'day';
    }
    const client = String(this.knex.client.config.client);
    if (client === 'pg' || client === 'postgres' || client === 'postgresql') {
      return "to_char(date_trunc('week', CAST(day AS date)), 'YYYY-MM-DD')";
    }
    return "date(day, '-' || ((CAST(strftime('%w', day) AS integer) + 6) % 7) || ' days')";
  }
}
