import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { rmSync } from 'node:fs';
import {
  RepositoryConventionsStore,
  StoredRepositoryConventions,
} from '../types';
import { EntityFileReader } from './EntityFileReader';
import { RepositoryConventionsReader } from './RepositoryConventionsReader';

/** The store's contract, in memory: failures keep the last good conventions. */
class InMemoryRepositoryConventionsStore implements RepositoryConventionsStore {
  readonly entries = new Map<string, StoredRepositoryConventions>();

  async get(refs: string[]) {
    return new Map(
      refs.flatMap(ref => {
        const entry = this.entries.get(ref);
        return entry ? [[ref, entry] as const] : [];
      }),
    );
  }

  async list() {
    return [...this.entries.values()];
  }

  async recordSuccess(
    entry: Parameters<RepositoryConventionsStore['recordSuccess']>[0],
  ) {
    const at = entry.at.toISOString();
    this.entries.set(entry.entityRef, {
      entityRef: entry.entityRef,
      location: entry.location,
      conventions: entry.conventions,
      etag: entry.etag,
      lastGoodAt: at,
      lastCheckedAt: at,
    });
  }

  async recordFailure(
    entry: Parameters<RepositoryConventionsStore['recordFailure']>[0],
  ) {
    const previous = this.entries.get(entry.entityRef);
    this.entries.set(entry.entityRef, {
      conventions: [],
      ...previous,
      entityRef: entry.entityRef,
      location: entry.location,
      lastCheckedAt: entry.at.toISOString(),
      error: entry.error,
    });
  }

  async retainOnly(refs: string[]) {
    for (const ref of this.entries.keys()) {
      if (!refs.includes(ref)) {
        this.entries.delete(ref);
      }
    }
  }
}

const CHECKOUT_FILE = `conventions:
  - id: CMD-BUILD
    category: command
    title: Build
    body: ./gradlew build
  - id: SEC-002
    action: waive
    reason: The checkout service has no admin UI.
`;

describe('RepositoryConventionsReader', () => {
  const mockDir = createMockDirectory();
  const logger = mockServices.logger.mock();
  let clock = new Date('2026-03-01T10:00:00.000Z');
  const now = () => clock;

  const annotated = (name: string, kind: string, target: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      annotations: {
        'backstage.io/managed-by-location': `file:${mockDir.resolve(
          'catalog.yaml',
        )}`,
        'agent-context.io/conventions': target,
      },
    },
    spec: {},
  });
  const checkoutService = annotated(
    'Checkout-Service',
    'Component',
    './conventions/checkout-service.yaml',
  );
  const checkoutTeam = annotated(
    'checkout-team',
    'Group',
    './conventions/checkout-team.yaml',
  );
  const plain: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'cart-service' },
    spec: {},
  };

  function readerOver(entities: Entity[], store: RepositoryConventionsStore) {
    return RepositoryConventionsReader.create({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      files: EntityFileReader.create({
        urlReader: mockServices.urlReader.mock(),
      }),
      store,
      logger,
      now,
    });
  }

  beforeEach(() => {
    clock = new Date('2026-03-01T10:00:00.000Z');
    mockDir.setContent({
      'catalog.yaml': '',
      'conventions/checkout-service.yaml': CHECKOUT_FILE,
      'conventions/checkout-team.yaml': `conventions:
  - id: TEAM-001
    category: rule
    title: Pair on payment changes
    severity: should
`,
    });
  });

  it("reads no conventions file from outside the entity's own repository", async () => {
    const urlReader = mockServices.urlReader.mock();
    const store = new InMemoryRepositoryConventionsStore();
    const fromRepository = (target: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'storefront-web',
        annotations: {
          'backstage.io/managed-by-location':
            'url:https://github.com/northwind/storefront/blob/main/catalog-info.yaml',
          'agent-context.io/conventions': target,
        },
      },
      spec: {},
    });
    const reader = RepositoryConventionsReader.create({
      catalog: catalogServiceMock({
        entities: [
          fromRepository(
            'url:https://github.com/northwind/storefront-evil/blob/main/conventions.yaml',
          ),
        ],
      }),
      auth: mockServices.auth(),
      files: EntityFileReader.create({ urlReader }),
      store,
      logger,
      now,
    });
    await reader.refresh();

    expect(urlReader.readUrl).not.toHaveBeenCalled();
    const stored = store.entries.get('component:default/storefront-web');
    expect(stored?.conventions).toEqual([]);
    expect(stored?.error).toMatch(/repository/);
  });

  it('records the conventions of every annotated entity at its scope', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    await readerOver([checkoutService, checkoutTeam, plain], store).refresh();

    expect([...store.entries.keys()].sort()).toEqual([
      'component:default/checkout-service',
      'group:default/checkout-team',
    ]);
    const location = `file:${mockDir.resolve(
      'conventions/checkout-service.yaml',
    )}`;
    expect(store.entries.get('component:default/checkout-service')).toEqual({
      entityRef: 'component:default/checkout-service',
      location,
      etag: expect.any(String),
      lastGoodAt: '2026-03-01T10:00:00.000Z',
      lastCheckedAt: '2026-03-01T10:00:00.000Z',
      conventions: [
        {
          id: 'CMD-BUILD',
          scope: 'component:default/checkout-service',
          source: 'repository',
          action: 'define',
          category: 'command',
          title: 'Build',
          body: './gradlew build',
          enforced: false,
          location,
          revision: 0,
        },
        {
          id: 'SEC-002',
          scope: 'component:default/checkout-service',
          source: 'repository',
          action: 'waive',
          category: 'rule',
          title: 'Waiver of SEC-002',
          body: '',
          enforced: false,
          reason: 'The checkout service has no admin UI.',
          location,
          revision: 0,
        },
      ],
    });
  });

  it('keeps the last good conventions when the file becomes invalid, and records why', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    const reader = readerOver([checkoutService], store);
    await reader.refresh();
    const good = store.entries.get('component:default/checkout-service')!;

    mockDir.addContent({
      'conventions/checkout-service.yaml': `conventions:
  - id: TEST-001
    category: rule
    title: Tests first
    severity: critical
`,
    });
    clock = new Date('2026-03-01T10:02:00.000Z');
    await reader.refresh();

    expect(store.entries.get('component:default/checkout-service')).toEqual({
      ...good,
      lastCheckedAt: '2026-03-01T10:02:00.000Z',
      error:
        'InputError: Invalid conventions file: conventions[0]: severity is not one of must, should, may',
    });
  });

  it('stores an error that quotes nothing of the file, and logs the details', async () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    // Someone points the annotation at a file that is not theirs to show.
    mockDir.addContent({
      'conventions/checkout-service.yaml': `aws_access_key_id: ${secret}
conventions:
  - id: ${secret}-X
    category: rule
    title: Leak
    severity: ${secret}
    aws_secret_access_key: ${secret}
`,
    });
    const store = new InMemoryRepositoryConventionsStore();
    await readerOver([checkoutService], store).refresh();

    const { error } = store.entries.get('component:default/checkout-service')!;
    expect(error).toBe(
      'InputError: Invalid conventions file: conventions is the only top-level field, and the file has 1 other; conventions[0]: fields include 1 that is not a convention field; severity is not one of must, should, may',
    );
    expect(error).not.toContain(secret);
    expect(error).not.toContain('aws_');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        `aws_secret_access_key is not a convention field`,
      ),
    );
  });

  it('keeps the last good conventions when the file cannot be read', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    const reader = readerOver([checkoutService], store);
    await reader.refresh();
    const good = store.entries.get('component:default/checkout-service')!;

    rmSync(mockDir.resolve('conventions/checkout-service.yaml'));
    await reader.refresh();

    const entry = store.entries.get('component:default/checkout-service')!;
    expect(entry.conventions).toEqual(good.conventions);
    expect(entry.lastGoodAt).toBe(good.lastGoodAt);
    expect(entry.error).toBe(
      `NotFoundError: There is no file at ${mockDir.resolve(
        'conventions/checkout-service.yaml',
      )}`,
    );
  });

  it('clears the error once the file is good again', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    const reader = readerOver([checkoutService], store);
    await reader.refresh();
    mockDir.addContent({ 'conventions/checkout-service.yaml': 'nope: [' });
    await reader.refresh();
    expect(
      store.entries.get('component:default/checkout-service')!.error,
    ).toMatch(/^InputError: Invalid conventions file: it is not valid YAML/);

    mockDir.addContent({ 'conventions/checkout-service.yaml': CHECKOUT_FILE });
    clock = new Date('2026-03-01T10:04:00.000Z');
    await reader.refresh();

    const entry = store.entries.get('component:default/checkout-service')!;
    expect(entry.error).toBeUndefined();
    expect(entry.lastGoodAt).toBe('2026-03-01T10:04:00.000Z');
    expect(entry.conventions.map(c => c.id)).toEqual(['CMD-BUILD', 'SEC-002']);
  });

  it('records a path that leaves the catalog directory as a failure', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    await readerOver(
      [annotated('sneaky', 'Component', '../../etc/passwd')],
      store,
    ).refresh();
    expect(store.entries.get('component:default/sneaky')).toMatchObject({
      conventions: [],
      location: '../../etc/passwd',
      error: expect.stringMatching(/^NotAllowedError: Cannot read/),
    });
  });

  it('forgets entities that lost the annotation', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    await readerOver([checkoutService, checkoutTeam], store).refresh();
    await readerOver([checkoutTeam], store).refresh();
    expect([...store.entries.keys()]).toEqual(['group:default/checkout-team']);
  });

  it('reads one entity on demand', async () => {
    const store = new InMemoryRepositoryConventionsStore();
    const reader = readerOver([], store);
    await reader.refreshEntity(checkoutTeam);
    await reader.refreshEntity(plain);
    expect([...store.entries.keys()]).toEqual(['group:default/checkout-team']);
    expect(
      store.entries.get('group:default/checkout-team')!.conventions,
    ).toEqual([
      expect.objectContaining({ id: 'TEAM-001', severity: 'should' }),
    ]);
  });
});
