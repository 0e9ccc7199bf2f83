import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { entity } from '../__fixtures__/entities';
import { AdoptionCatalog } from '../adoption/query/AdoptionCatalogView';
import { AdoptionQueries } from '../adoption/query/AdoptionQueries';
import { AdoptionRollupReader } from '../adoption/query/AdoptionRollupReader';
import { applyConventionMigrations } from '../conventions/store/applyMigrations';
import { SeedRow, seedAdoptionRollups } from './adoptionRollups';

const team = (name: string, owns: string[]) =>
  entity('Group', name, { type: 'team', children: [] }, [
    ['childOf', 'group:default/engineering'],
    ...owns.map(ref => ['ownerOf', ref] as [string, string]),
  ]);
const service = (
  name: string,
  owner: string,
  system: string,
  lifecycle: string,
) =>
  entity('Component', name, { type: 'service', lifecycle, owner }, [
    ['ownedBy', `group:default/${owner}`],
    ['partOf', `system:default/${system}`],
  ]);

/**
 * The catalog of the adoption tests: four teams of type team (one that has
 * not started) under a department, a service of each, and three users.
 */
export const adoptionEntities: Entity[] = [
  entity('Group', 'engineering', { type: 'department', children: [] }, []),
  team('checkout-team', ['component:default/checkout-service']),
  team('payments-team', ['component:default/payments-service']),
  team('small-team', ['component:default/small-service']),
  team('idle-team', ['component:default/idle-service']),
  service('checkout-service', 'checkout-team', 'shop', 'production'),
  service('payments-service', 'payments-team', 'payments', 'production'),
  service('small-service', 'small-team', 'shop', 'production'),
  service('idle-service', 'idle-team', 'shop', 'experimental'),
  ...['ann', 'bo', 'cy'].map(name =>
    entity('User', name, { memberOf: ['checkout-team'] }, []),
  ),
];

/** The catalog graph's view of a list of entities. */
export function fakeAdoptionCatalog(
  entities: Entity[] = adoptionEntities,
): AdoptionCatalog {
  const byRef = new Map(
    entities.map(e => [
      `${e.kind}:${e.metadata.namespace ?? 'default'}/${
        e.metadata.name
      }`.toLocaleLowerCase('en-US'),
      e,
    ]),
  );
  return {
    ready: async () => {},
    keys: () => byRef.keys(),
    get: ref => byRef.get(ref.toLocaleLowerCase('en-US')),
  };
}

export const RANGE = {
  from: '2026-11-02',
  to: '2026-11-15',
  bucket: 'week' as const,
  baselineFrom: '2026-10-19',
  baselineTo: '2026-11-01',
};

const CHECKOUT = {
  entityRef: 'component:default/checkout-service',
  teamRefs: ['group:default/checkout-team'],
};
const PAYMENTS = {
  entityRef: 'component:default/payments-service',
  teamRefs: ['group:default/payments-team'],
};
const SMALL = {
  entityRef: 'component:default/small-service',
  teamRefs: ['group:default/small-team'],
};

/**
 * Two weeks (from Monday 2 November 2026) of usage:
 * - checkout: six people on claude-code, each on a day of each week, and
 *   a gateway's requests without a person; one of the six and one other
 *   person also fetch contexts;
 * - payments: five people on copilot, in the second week only;
 * - small: three people on cursor, and merge requests (no person);
 * - something no entity or team could be found for, by six people;
 * - merge requests in the two weeks before, the baseline.
 */
export const adoptionRows: SeedRow[] = [
  ...[1, 2, 3, 4, 5, 6].flatMap(n => [
    {
      ...CHECKOUT,
      day: '2026-11-03',
      userKey: `c${n}`,
      tool: 'claude-code',
      model: 'claude-sonnet',
      metrics: {
        requests: 10,
        tokensIn: 1000,
        tokensOut: 100,
        cost: 0.5,
        sessions: 1,
      },
    },
    {
      ...CHECKOUT,
      day: n % 2 ? '2026-11-04' : '2026-11-10',
      userKey: `c${n}`,
      tool: 'claude-code',
      model: 'claude-sonnet',
      metrics: { requests: 5, linesAdded: 20, linesRemoved: 4 },
    },
  ]),
  {
    ...CHECKOUT,
    day: '2026-11-05',
    provider: 'anthropic',
    model: 'claude-sonnet',
    metrics: { requests: 7 },
  },
  {
    ...CHECKOUT,
    day: '2026-11-05',
    userKey: 'c1',
    tool: 'claude-code',
    metrics: { contextFetches: 3 },
  },
  {
    ...CHECKOUT,
    day: '2026-11-06',
    userKey: 'f1',
    tool: 'claude-code',
    metrics: { contextFetches: 2 },
  },
  ...[1, 2, 3, 4, 5].map(n => ({
    ...PAYMENTS,
    day: '2026-11-11',
    userKey: `p${n}`,
    tool: 'copilot',
    model: 'gpt-5',
    metrics: { requests: 4, linesAdded: 10 },
  })),
  ...[1, 2, 3].map(n => ({
    ...SMALL,
    day: '2026-11-12',
    userKey: `s${n}`,
    tool: 'cursor',
    model: 'cursor-small',
    metrics: { requests: 2, tokensIn: 50 },
  })),
  {
    ...SMALL,
    day: '2026-11-13',
    metrics: {
      mergeRequestsOpened: 5,
      mergeRequestsMerged: 4,
      aiAssistedMergeRequestsOpened: 3,
      aiAssistedMergeRequestsMerged: 2,
    },
  },
  ...[1, 2, 3, 4, 5, 6].map(n => ({
    day: '2026-11-09',
    userKey: `u${n}`,
    tool: 'claude-code',
    metrics: { requests: 1 },
  })),
  {
    ...SMALL,
    day: '2026-10-20',
    metrics: { mergeRequestsMerged: 2, aiAssistedMergeRequestsMerged: 0 },
  },
];

/** A migrated database with the rows above, and the queries over it. */
export async function adoptionQueriesOver(
  knex: Knex,
  options: { minimumGroupSize?: number; rows?: SeedRow[] } = {},
) {
  await applyConventionMigrations(mockServices.database({ knex }));
  await seedAdoptionRollups(knex, options.rows ?? adoptionRows);
  return AdoptionQueries.create({
    reader: AdoptionRollupReader.create({ knex }),
    catalog: fakeAdoptionCatalog(),
    minimumGroupSize: options.minimumGroupSize ?? 5,
  });
}
