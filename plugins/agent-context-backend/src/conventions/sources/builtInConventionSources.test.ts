import { mockCredentials } from '@backstage/backend-test-utils';
import { ConventionScopeLevel } from '@agent-context/plugin-agent-context-common';
import {
  CatalogAiResources,
  ConventionStore,
  RepositoryConventionsStore,
} from '../types';
import { builtInConventionSources } from './builtInConventionSources';
import { readOnlyConvention } from '../../__testUtils__/readOnlyConvention';

const credentials = mockCredentials.user('user:default/alice');

function setUp() {
  const configCodex = [readOnlyConvention('CFG-1', 'global', 'config')];
  const catalogAiResources: jest.Mocked<CatalogAiResources> = {
    forScopes: jest.fn().mockResolvedValue({
      rules: [
        readOnlyConvention('rule-1', 'system:default/checkout', 'catalog'),
      ],
      skills: [],
      unverified: [],
    }),
  };
  const file = {
    entityRef: 'component:default/checkout-service',
    location: 'https://git.example/conventions.yaml',
    conventions: [
      readOnlyConvention(
        'REPO-1',
        'component:default/checkout-service',
        'repository',
      ),
    ],
    lastCheckedAt: '2026-05-01T00:00:00.000Z',
  };
  const repositoryStore: jest.Mocked<RepositoryConventionsStore> = {
    get: jest.fn().mockResolvedValue(new Map([[file.entityRef, file]])),
    list: jest.fn().mockResolvedValue([file]),
    recordSuccess: jest.fn(),
    recordFailure: jest.fn(),
    retainOnly: jest.fn(),
  };
  const stored = [
    readOnlyConvention(
      'DB-1',
      'component:default/checkout-service',
      'database',
    ),
  ];
  const store: jest.Mocked<ConventionStore> = {
    listByScopes: jest.fn().mockResolvedValue(stored),
    listAll: jest.fn().mockResolvedValue(stored),
    get: jest.fn(),
    create: jest.fn(),
    update: jest.fn(),
    delete: jest.fn(),
    history: jest.fn(),
  };
  const sources = builtInConventionSources({
    configCodex,
    catalogAiResources,
    repositoryStore,
    store,
  });
  const byId = Object.fromEntries(sources.map(s => [s.id, s]));
  return {
    sources,
    byId,
    configCodex,
    catalogAiResources,
    repositoryStore,
    store,
    file,
    stored,
  };
}

const componentPath: ConventionScopeLevel[] = [
  { scope: 'global', level: 'global' },
  { scope: 'system:default/checkout', level: 'system' },
  { scope: 'group:default/checkout-team', level: 'group' },
  { scope: 'component:default/checkout-service', level: 'entity' },
];

describe('builtInConventionSources', () => {
  it('are the four sources, in the order of their precedence', () => {
    const { sources } = setUp();
    expect(sources.map(s => [s.id, s.precedence])).toEqual([
      ['config', 100],
      ['catalog', 200],
      ['repository', 300],
      ['database', 400],
    ]);
  });

  it('answers with the org codex only where the path has the global scope', async () => {
    const { byId, configCodex } = setUp();
    const global = await byId.config.conventionsFor({
      path: componentPath,
      credentials,
    });
    expect(global.conventions).toBe(configCodex);
    const scopeOnly = await byId.config.conventionsFor({
      path: [{ scope: 'group:default/checkout-team', level: 'entity' }],
      credentials,
    });
    expect(scopeOnly.conventions).toEqual([]);
  });

  it('asks the catalog for the system and owners, a group read on its own included', async () => {
    const { byId, catalogAiResources } = setUp();
    const result = await byId.catalog.conventionsFor({
      path: componentPath,
      credentials,
    });
    expect(catalogAiResources.forScopes).toHaveBeenLastCalledWith(
      {
        systemRef: 'system:default/checkout',
        ownerRefs: ['group:default/checkout-team'],
      },
      credentials,
    );
    expect(result.conventions.map(c => c.id)).toEqual(['rule-1']);

    await byId.catalog.conventionsFor({
      path: [{ scope: 'group:default/checkout-team', level: 'entity' }],
      credentials,
    });
    expect(catalogAiResources.forScopes).toHaveBeenLastCalledWith(
      { systemRef: undefined, ownerRefs: ['group:default/checkout-team'] },
      credentials,
    );
  });

  it('reads the stored files of the entity scopes and the database of every scope', async () => {
    const { byId, repositoryStore, store, file, stored } = setUp();
    expect(
      (
        await byId.repository.conventionsFor({
          path: componentPath,
          credentials,
        })
      ).conventions,
    ).toEqual(file.conventions);
    expect(repositoryStore.get).toHaveBeenCalledWith([
      'system:default/checkout',
      'group:default/checkout-team',
      'component:default/checkout-service',
    ]);
    expect(
      (await byId.database.conventionsFor({ path: componentPath, credentials }))
        .conventions,
    ).toEqual(stored);
    expect(store.listByScopes).toHaveBeenCalledWith(
      componentPath.map(level => level.scope),
    );
  });

  it('exports app-config, files and the database, and leaves the catalog to the catalog', async () => {
    const { byId, configCodex, file, stored } = setUp();
    expect(byId.catalog.listAll).toBeUndefined();
    expect(await byId.config.listAll!({ credentials })).toEqual(configCodex);
    expect(await byId.repository.listAll!({ credentials })).toEqual(
      file.conventions,
    );
    expect(await byId.database.listAll!({ credentials })).toEqual(stored);
  });
});
