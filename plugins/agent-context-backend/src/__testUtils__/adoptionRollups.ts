import {
  AdoptionMetrics,
  adoptionUserTool,
} from '@agent-context/plugin-agent-context-common';
import { Knex } from 'knex';

/** One row of usage as the store would roll it up. */
export interface SeedRow {
  day: string;
  entityRef?: string;
  teamRefs?: string[];
  userKey?: string;
  tool?: string;
  model?: string;
  provider?: string;
  metrics: AdoptionMetrics;
}

/**
 * Writes rollups and user-days as the schema of
 * migrations/202612031500_adoption.js describes them: each row adds to the
 * organisation ('org', ''), its entity ('' when unattributed) and each of
 * its teams ('' when it has none), and keeps a user-day per scope.
 */
export async function seedAdoptionRollups(knex: Knex, rows: SeedRow[]) {
  const rollups = new Map<string, Record<string, string | number>>();
  const users = new Map<string, Record<string, string | number>>();
  for (const row of rows) {
    const scopes: Array<[string, string]> = [
      ['org', ''],
      ['entity', row.entityRef ?? ''],
      ...(row.teamRefs?.length ? row.teamRefs : ['']).map(
        ref => ['team', ref] as [string, string],
      ),
    ];
    for (const [scopeKind, scopeRef] of scopes) {
      for (const [metric, value] of Object.entries(row.metrics)) {
        const dims = {
          scope_kind: scopeKind,
          scope_ref: scopeRef,
          day: row.day,
          metric,
          tool: row.tool ?? '',
          model: row.model ?? '',
          provider: row.provider ?? '',
        };
        const key = JSON.stringify(dims);
        const rollup = rollups.get(key) ?? { ...dims, value: 0, rows: 0 };
        rollup.value = Number(rollup.value) + (value ?? 0);
        rollup.rows = Number(rollup.rows) + 1;
        rollups.set(key, rollup);
      }
      if (row.userKey) {
        const dims = {
          scope_kind: scopeKind,
          scope_ref: scopeRef,
          day: row.day,
          user_key: row.userKey,
          tool: adoptionUserTool(row),
        };
        const key = JSON.stringify(dims);
        const user = users.get(key) ?? { ...dims, rows: 0 };
        user.rows = Number(user.rows) + 1;
        users.set(key, user);
      }
    }
  }
  await knex.batchInsert(
    'agent_context_adoption_rollups',
    [...rollups.values()],
    100,
  );
  await knex.batchInsert(
    'agent_context_adoption_users',
    [...users.values()],
    100,
  );
}
