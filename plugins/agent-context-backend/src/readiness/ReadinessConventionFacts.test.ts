import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  Convention,
  ConventionScopeLevel,
} from '@agent-context/plugin-agent-context-common';
import { CatalogEntityContextService } from '../context';
import { entity, groupEntity } from '../__fixtures__/entities';
import { LayeredReadinessConventions } from './ReadinessConventionFacts';

const component = (
  name: string,
  owner: string,
  system: string,
  type = 'service',
) =>
  entity('Component', name, { type, owner, system, lifecycle: 'production' }, [
    ['ownedBy', `group:default/${owner}`],
    ['partOf', `system:default/${system}`],
  ]);

const convention = (
  id: string,
  scope: string,
  fields: Partial<Convention> = {},
): Convention =>
  ({
    id,
    scope,
    action: 'define',
    category: 'rule',
    title: id,
    body: id,
    severity: 'should',
    source: 'test',
    ...fields,
  } as Convention);

describe('LayeredReadinessConventions', () => {
  const entities: Entity[] = [
    groupEntity('team-a'),
    groupEntity('team-b'),
    entity('System', 'checkout', { owner: 'team-a' }, []),
    component('payments', 'team-a', 'checkout'),
    component('ledger', 'team-a', 'checkout', 'library'),
    component('search', 'team-b', 'checkout'),
  ];
  const byRef = new Map(
    entities.map(e => [
      `${e.kind}:default/${e.metadata.name}`.toLocaleLowerCase('en-US'),
      e,
    ]),
  );
  const placements = CatalogEntityContextService.fromGraph({
    graph: { get: ref => byRef.get(ref.toLocaleLowerCase('en-US')) },
  });
  const conventionsAt: Record<string, Convention[]> = {
    global: [convention('BUILD', 'global', { category: 'command' })],
    'system:default/checkout': [
      convention('SVC-1', 'system:default/checkout', {
        appliesTo: { 'spec.type': 'service' },
      }),
    ],
  };
  const layers = {
    sourcePrecedence: ['test'],
    gather: jest.fn(async (path: ConventionScopeLevel[]) => ({
      skills: [],
      layers: path.map(level => ({
        level,
        conventions: conventionsAt[level.scope] ?? [],
      })),
    })),
  };

  it('reads the sources once per distinct scope path and resolves per entity', async () => {
    const facts = await new LayeredReadinessConventions({
      placements,
      layers,
      credentials: async () => mockCredentials.service(),
    }).factsFor(
      ['payments', 'ledger', 'search'].map(
        name => byRef.get(`component:default/${name}`)!,
      ),
    );

    // payments and ledger share team-a and checkout; search is team-b's.
    expect(layers.gather).toHaveBeenCalledTimes(2);
    expect(
      layers.gather.mock.calls.every(([path]) =>
        path.every(level => level.level !== 'entity'),
      ),
    ).toBe(true);
    expect(Object.fromEntries(facts)).toEqual({
      'component:default/payments': {
        conventions: 1,
        commands: 1,
        conflicts: 0,
      },
      // The system's rule applies to services only.
      'component:default/ledger': { conventions: 0, commands: 1, conflicts: 0 },
      'component:default/search': { conventions: 1, commands: 1, conflicts: 0 },
    });
  });
});
