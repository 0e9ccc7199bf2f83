import { ADOPTION_CONTEXT_ONLY_TOOL } from '@agent-context/plugin-agent-context-common';
import { RollupDeltas, rowScopes } from './rollupDeltas';
import { StoredAdoptionRow } from './StoredAdoptionRow';

const row: StoredAdoptionRow = {
  source: 'ai-gateway',
  sourceId: 'e1',
  kind: 'event',
  day: '2026-12-01',
  entityRef: 'component:default/checkout',
  teamRefs: ['group:default/b', 'group:default/a', 'group:default/b'],
  userKey: 'k-1',
  tool: 'cursor',
  model: '',
  provider: '',
  metrics: { requests: 2 },
};

describe('rowScopes', () => {
  it('counts a row once in the org, its entity and each team', () => {
    expect(rowScopes(row)).toEqual([
      ['org', ''],
      ['entity', 'component:default/checkout'],
      ['team', 'group:default/b'],
      ['team', 'group:default/a'],
    ]);
    expect(rowScopes({ teamRefs: [] })).toEqual([
      ['org', ''],
      ['entity', ''],
      ['team', ''],
    ]);
  });
});

describe('RollupDeltas', () => {
  it('keeps the user-day of a row that only fetched context apart from tool use', () => {
    const deltas = new RollupDeltas();
    deltas.add({ ...row, metrics: { contextFetches: 1 } }, 1);
    deltas.add(row, 1);
    const orgTools = deltas
      .users()
      .filter(u => u.scope_kind === 'org')
      .map(u => u.tool)
      .sort();
    expect(orgTools).toEqual([ADOPTION_CONTEXT_ONLY_TOOL, 'cursor'].sort());
  });

  it('nets a row taken away and added back to no change', () => {
    const deltas = new RollupDeltas();
    deltas.add(row, -1);
    deltas.add(row, 1);
    expect(deltas.rollups()).toEqual([]);
    expect(deltas.users()).toEqual([]);
    expect(deltas.hasRemovals).toBe(true);
  });

  it('moves a replaced figure by its difference, in key order', () => {
    const deltas = new RollupDeltas();
    deltas.add(row, -1);
    deltas.add({ ...row, metrics: { requests: 5 } }, 1);
    expect(
      deltas
        .rollups()
        .map(sum => [sum.scope_kind, sum.scope_ref, sum.value, sum.rows]),
    ).toEqual([
      ['entity', 'component:default/checkout', 3, 0],
      ['org', '', 3, 0],
      ['team', 'group:default/a', 3, 0],
      ['team', 'group:default/b', 3, 0],
    ]);
  });
});
