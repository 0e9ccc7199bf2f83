import { ADOPTION_CONTEXT_ONLY_TOOL } from '@agent-context/plugin-agent-context-common';
import { Knex } from 'knex';
import { AdoptionBucket, rangeBuckets } from './adoptionRange';

const ROLLUPS = 'agent_context_adoption_rollups';
const USERS = 'agent_context_adoption_users';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
    const columns = this.groupColumns(selection, grouping, { model: true });
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

  /**
   * Distinct users, grouped as asked (not by model: user-days have none).
   * Each person is first reduced to one row per group, with whether they
   * have AI rows and context-only rows, then counted: a hash aggregate,
   * where COUNT(DISTINCT ...) would sort every user-day.
   */
  async users(
    selection: RollupSelection,
    grouping: Omit<RollupGrouping, 'model'>,
  ): Promise<RollupUsers[]> {
    const columns = this.groupColumns(selection, grouping, { model: false });
    const perPerson = this.selected(USERS, selection)
      .select([...columns.select, 'user_key'])
      .select({
        ai: this.knex.raw('MAX(CASE WHEN tool <> ? THEN 1 ELSE 0 END)', [
          ADOPTION_CONTEXT_ONLY_TOOL,
        ]),
        context: this.knex.raw('MAX(CASE WHEN tool = ? THEN 1 ELSE 0 END)', [
          ADOPTION_CONTEXT_ONLY_TOOL,
        ]),
      })
      .groupBy([...columns.groupBy, 'user_key'])
      .as('per_person');
    const outer = columns.names;
    const rows: Array<Record<string, unknown>> = await this.knex
      .from(perPerson)
      .select(outer)
      .select({
        ai_users: this.knex.raw('SUM(ai)'),
        context_users: this.knex.raw('SUM(context)'),
        all_users: this.knex.raw('COUNT(*)'),
      })
      .modify(query => {
        if (outer.length > 0) {
          query.groupBy(outer);
        }
      });
    return rows.map(row => ({
      scopeRef: String(row.scope_ref ?? ''),
      bucket: String(row.bucket ?? ''),
      tool: String(row.tool ?? ''),
      aiUsers: Number(row.ai_users ?? 0),
      contextUsers: Number(row.context_users ?? 0),
      allUsers: Number(row.all_users ?? 0),
    }));
  }

  /**
   * How many attributed scopes of a kind have any rollup in the range. The
   * distinct refs are walked on the primary key, one seek each (a loose
   * index scan), and each is checked for a day in the range with another:
   * a few thousand seeks, where counting distinct refs over the range
   * would read every rollup of every entity.
   */
  async activeScopes(
    selection: Omit<RollupSelection, 'scopeRef'> & {
      /** Only refs of this kind, e.g. `component`: the kind's refs form one key range. */
      kind?: string;
    },
  ): Promise<number> {
    const { scopeKind, from, to } = selection;
    // Refs of a kind sort between "kind:" and "kind;" (';' follows ':'),
    // so the skip scan stays on the index.
    const lower = selection.kind ? `${selection.kind}:` : '';
    const upper = selection.kind ? `${selection.kind};` : '\uffff';
    const result = await this.knex.raw(
      `WITH RECURSIVE refs(ref) AS (
         SELECT MIN(scope_ref) FROM ${ROLLUPS}
           WHERE scope_kind = ? AND scope_ref > ? AND scope_ref < ?
         UNION ALL
         SELECT (SELECT MIN(scope_ref) FROM ${ROLLUPS}
                   WHERE scope_kind = ? AND scope_ref > refs.ref
                     AND scope_ref < ?)
           FROM refs WHERE refs.ref IS NOT NULL
       )
       SELECT COUNT(*) AS count FROM refs
       WHERE refs.ref IS NOT NULL AND EXISTS (
         SELECT 1 FROM ${ROLLUPS} active
         WHERE active.scope_kind = ? AND active.scope_ref = refs.ref
           AND active.day BETWEEN ? AND ?
       )`,
      [scopeKind, lower, upper, scopeKind, upper, scopeKind, from, to],
    );
    // pg answers { rows }, SQLite the rows themselves.
    const rows = Array.isArray(result) ? result : result.rows;
    return Number(rows[0].count);
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

  private groupColumns(
    selection: RollupSelection,
    grouping: RollupGrouping,
    has: { model: boolean },
  ) {
    const select: Array<string | Knex.Raw> = [];
    const groupBy: Array<string | Knex.Raw> = [];
    const names: string[] = [];
    const add = (name: string, expression?: string) => {
      names.push(name);
      if (expression) {
        select.push(this.knex.raw(`${expression} as ${name}`));
        groupBy.push(this.knex.raw(expression));
      } else {
        select.push(name);
        groupBy.push(name);
      }
    };
    if (grouping.scope) {
      add('scope_ref');
    }
    if (grouping.bucket) {
      add('bucket', bucketExpression(selection, grouping.bucket));
    }
    if (grouping.tool) {
      add('tool');
    }
    if (grouping.model && has.model) {
      add('model');
    }
    return { select, groupBy, names };
  }
}

/**
 * The bucket of the day column in SQL: the day, or the Monday of its ISO
 * week as a CASE over the range's weeks. Plain comparisons of the stored
 * YYYY-MM-DD strings cost less than date functions per row, and are the
 * same in every database. The days are written into the SQL as literals
 * (the same text in SELECT and GROUP BY, which bound parameters are not);
 * they come from rangeBuckets over checked days, never from a caller.
 */
function bucketExpression(
  selection: RollupSelection,
  bucket: AdoptionBucket,
): string {
  if (bucket === 'day') {
    return 'day';
  }
  const weeks = [...rangeBuckets({ ...selection, bucket })];
  for (const [key, span] of weeks) {
    if (!DAY.test(key) || !DAY.test(span.end)) {
      throw new Error(`Unexpected bucket ${key} to ${span.end}`);
    }
  }
  const cases = weeks
    .map(([key, span]) => `WHEN day <= '${span.end}' THEN '${key}'`)
    .join(' ');
  return `(CASE ${cases} END)`;
}
