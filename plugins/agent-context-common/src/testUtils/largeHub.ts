/*
 * A hub: one service that hundreds of others depend on or call through its
 * API, as large organisations have a few of. Its AGENTS.md is the one that
 * outgrows every other, so the size budget is tested on it, both as the
 * catalog holds it (for tests that run the backend) and as the context the
 * backend assembles from that (for tests of the renderer).
 */
import { Entity } from '@backstage/catalog-model';
// By the package's own name, as a consumer of this entry point sees the
// types: the main entry point exports them, this one only uses them.
import type {
  EntityContext,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';

/**
 * How big a hub {@link largeHubEntities} and {@link largeHubContext} build.
 *
 * @public
 */
export interface LargeHubOptions {
  /** Components that depend on the hub. Default: 300. */
  dependents?: number;
  /** Components that consume the hub's API. Default: 200. */
  consumers?: number;
  /** Components the hub depends on. Default: 3. */
  dependencies?: number;
}

/**
 * The hub's ref; its API is `api:default/hub-api`.
 *
 * @public
 */
export const LARGE_HUB_REF = 'component:default/hub-service';
/**
 * The repository the hub's source is in, for lookups by repository.
 *
 * @public
 */
export const LARGE_HUB_REPOSITORY = 'https://github.com/example/hub';
const HUB_API_REF = 'api:default/hub-api';
const OWNER_REF = 'group:default/hub-team';

function names(prefix: string, count: number): string[] {
  // Zero-padded, so that sorting by ref keeps the numeric order.
  return Array.from(
    { length: count },
    (_, i) => `${prefix}-${String(i).padStart(4, '0')}`,
  );
}

function sizesOf(options: LargeHubOptions) {
  return {
    dependents: names('dependent', options.dependents ?? 300),
    consumers: names('consumer', options.consumers ?? 200),
    dependencies: names('dependency', options.dependencies ?? 3),
  };
}

function component(
  name: string,
  relations: Array<[string, string]>,
  description = `The ${name} service.`,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', description },
    spec: { type: 'service', lifecycle: 'production', owner: 'hub-team' },
    relations: [['ownedBy', OWNER_REF], ...relations].map(
      ([type, targetRef]) => ({ type, targetRef }),
    ),
  };
}

/**
 * The hub as a catalog holds it: the hub, its API, its owner and every
 * entity on the other side, each with the relations the catalog would
 * compute (catalog mocks compute none).
 *
 * @public
 */
export function largeHubEntities(options: LargeHubOptions = {}): Entity[] {
  const { dependents, consumers, dependencies } = sizesOf(options);
  const ref = (name: string) => `component:default/${name}`;
  const hub = component(
    'hub-service',
    [
      ['providesApi', HUB_API_REF],
      ...dependencies.map((n): [string, string] => ['dependsOn', ref(n)]),
      ...dependents.map((n): [string, string] => ['dependencyOf', ref(n)]),
    ],
    'Answers every other service.',
  );
  hub.metadata.annotations = {
    'backstage.io/source-location': `url:${LARGE_HUB_REPOSITORY}/tree/main/`,
  };
  return [
    hub,
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'hub-api', namespace: 'default' },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: 'hub-team',
        definition: 'openapi: 3.1.0',
      },
      relations: [
        ['ownedBy', OWNER_REF],
        ['apiProvidedBy', LARGE_HUB_REF],
        ...consumers.map((n): [string, string] => ['apiConsumedBy', ref(n)]),
      ].map(([type, targetRef]) => ({ type, targetRef })),
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'hub-team', namespace: 'default' },
      spec: { type: 'team', children: [] },
      relations: [],
    },
    ...dependencies.map(n => component(n, [['dependencyOf', LARGE_HUB_REF]])),
    ...dependents.map(n => component(n, [['dependsOn', LARGE_HUB_REF]])),
    ...consumers.map(n => component(n, [['consumesApi', HUB_API_REF]])),
  ];
}

function related(name: string): RelatedEntity {
  return {
    ref: `component:default/${name}`,
    kind: 'Component',
    type: 'service',
    description: `The ${name} service.`,
    owner: OWNER_REF,
    lifecycle: 'production',
    resolved: true,
  };
}

/**
 * The hub's context as the backend assembles it, with a rule of each
 * severity, a command and a boundary, so that a test can see what a budget
 * keeps. The blast radius holds the first 100 entries, as by default.
 *
 * @public
 */
export function largeHubContext(
  options: LargeHubOptions & { contentHash?: string } = {},
): EntityContext {
  const sizes = sizesOf(options);
  const dependents = sizes.dependents.map(related);
  const consumers = sizes.consumers.map(related);
  const hub: RelatedEntity = {
    ...related('hub-service'),
    description: 'Answers every other service.',
  };
  const api: RelatedEntity = {
    ref: HUB_API_REF,
    kind: 'API',
    type: 'openapi',
    owner: OWNER_REF,
    lifecycle: 'production',
    resolved: true,
  };
  return {
    entity: {
      ref: LARGE_HUB_REF,
      kind: 'Component',
      namespace: 'default',
      name: 'hub-service',
      type: 'service',
      lifecycle: 'production',
      description: 'Answers every other service.',
      tags: [],
      links: [],
    },
    ownership: {
      owner: {
        ref: OWNER_REF,
        kind: 'Group',
        displayName: 'Hub Team',
        resolved: true,
      },
      parents: [],
      members: [],
      memberCount: 0,
    },
    dependencies: {
      dependsOn: sizes.dependencies.map(related),
      dependedOnBy: dependents,
    },
    apis: {
      provides: [{ api, providers: [hub], consumers }],
      consumes: [],
    },
    blastRadius: {
      entries: [
        ...dependents.map(e => ({
          ...e,
          depth: 1,
          via: LARGE_HUB_REF,
          relation: 'dependsOn' as const,
        })),
        ...consumers.map(e => ({
          ...e,
          depth: 1,
          via: LARGE_HUB_REF,
          relation: 'consumesApi' as const,
          api: HUB_API_REF,
        })),
      ].slice(0, 100),
      maxDepth: 3,
      truncated: dependents.length + consumers.length > 100,
    },
    placement: { ownerChain: [OWNER_REF] },
    conventions: [
      {
        id: 'HUB-001',
        category: 'rule',
        severity: 'must',
        title: 'Never break the hub API',
        body: 'Add fields; never remove or rename one.',
        scope: LARGE_HUB_REF,
      },
      {
        id: 'HUB-002',
        category: 'rule',
        severity: 'should',
        title: 'Announce changes a week ahead',
        body: 'Post in the platform channel.',
        scope: OWNER_REF,
      },
      {
        id: 'HUB-TEST',
        category: 'command',
        title: 'Test',
        body: '`make test`',
        scope: LARGE_HUB_REF,
      },
      {
        id: 'HUB-GEN',
        category: 'boundary',
        title: 'Generated clients',
        body: 'Do not edit `clients/`.',
        scope: LARGE_HUB_REF,
      },
    ],
    skills: [],
    metadata: {
      generatedAt: '2026-01-01T00:00:00.000Z',
      catalogRevision: '1111111111111111',
      conventionsRevision: '2222222222222222',
      contentHash: options.contentHash ?? `sha256-${'1'.repeat(64)}`,
    },
  };
}
