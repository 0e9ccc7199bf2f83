import { BlastRadius } from '../types';
import { renderBlastRadius } from './renderBlastRadius';
import { FULL_RENDER } from './renderTrims';

const self = { ref: 'component:default/self', kind: 'Component' };

const blastRadius: BlastRadius = {
  maxDepth: 2,
  truncated: true,
  entries: [
    {
      ref: 'component:default/a',
      kind: 'Component',
      resolved: true,
      owner: 'group:default/t',
      depth: 1,
      via: self.ref,
      relation: 'dependsOn',
    },
    {
      ref: 'component:default/b',
      kind: 'Component',
      resolved: false,
      depth: 2,
      via: 'component:default/a',
      relation: 'consumesApi',
    },
  ],
};

describe('renderBlastRadius', () => {
  it('counts, says when the walk was cut short, and lists by depth', () => {
    expect(renderBlastRadius(blastRadius, self, FULL_RENDER)).toEqual([
      '## Blast radius',
      '',
      'A change here can affect 2 entities (depth ≤ 2). The walk stopped at its depth or size bound, so more may be affected.',
      '',
      '### Depth 1',
      '',
      '- `component:default/a`: depends on this component; owner `group:default/t`',
      '',
      '### Depth 2',
      '',
      '- `component:default/b`: consumes an API of `component:default/a`; not in catalog',
    ]);
  });

  it('keeps only the count when the budget says so', () => {
    expect(
      renderBlastRadius(blastRadius, self, {
        ...FULL_RENDER,
        blastRadius: 'count',
      }),
    ).toHaveLength(3);
  });

  it('says what it counted when nothing is affected', () => {
    expect(
      renderBlastRadius(
        { entries: [], maxDepth: 3, truncated: false },
        { ref: 'resource:default/db', kind: 'Resource' },
        FULL_RENDER,
      ),
    ).toEqual([
      '## Blast radius',
      '',
      'A change here affects no other entity in the catalog (counted: entities that depend on it, then theirs; depth ≤ 3).',
    ]);
  });

  it('says why a group or user has none', () => {
    expect(
      renderBlastRadius(
        { entries: [], maxDepth: 3, truncated: false },
        { ref: 'group:default/team', kind: 'Group' },
        FULL_RENDER,
      ),
    ).toEqual([
      '## Blast radius',
      '',
      'None for a group: a change to a group or user changes whom to ask, not what breaks; each entity it owns has a blast radius of its own.',
    ]);
  });

  it('names the API a consumer consumes, and an API’s own consumers as consuming it', () => {
    const api = { ref: 'api:default/orders', kind: 'API' };
    const entry = {
      ref: 'component:default/shop',
      kind: 'Component',
      resolved: true,
      relation: 'consumesApi' as const,
    };
    expect(
      renderBlastRadius(
        {
          maxDepth: 3,
          truncated: false,
          entries: [
            { ...entry, depth: 1, via: api.ref, api: api.ref },
            {
              ...entry,
              ref: 'component:default/app',
              depth: 2,
              via: 'component:default/shop',
              api: 'api:default/shop-api',
            },
          ],
        },
        api,
        FULL_RENDER,
      ),
    ).toEqual([
      '## Blast radius',
      '',
      'A change here can affect 2 entities (depth ≤ 3).',
      '',
      '### Depth 1',
      '',
      '- `component:default/shop`: consumes this API',
      '',
      '### Depth 2',
      '',
      '- `component:default/app`: consumes `api:default/shop-api` of `component:default/shop`',
    ]);
  });

  it('counts only what lies outside a system, reached through its parts', () => {
    const lines = renderBlastRadius(
      {
        maxDepth: 3,
        truncated: false,
        entries: [
          {
            ref: 'component:default/outside',
            kind: 'Component',
            resolved: true,
            depth: 1,
            via: 'resource:default/part-db',
            relation: 'dependsOn',
          },
        ],
      },
      { ref: 'system:default/s', kind: 'System' },
      FULL_RENDER,
    );
    expect(lines).toContain(
      'A change here can affect 1 entity outside this system (depth ≤ 3).',
    );
    expect(lines).toContain(
      '- `component:default/outside`: depends on `resource:default/part-db`',
    );
  });
});
