import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  ContextPlacement,
  ConventionResolution,
  EntityContext,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { CatalogEntityContextService } from '../context';
import { organisation } from '../__fixtures__/entities';
import { ConventionAwareContextService } from '../conventions/ConventionAwareContextService';
import { ConventionsService } from '../conventions/ConventionsService';
import { AnswerCache } from './AnswerCache';
import { CallerVisibility, ContextAnswers } from './ContextAnswers';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
const refOf = (entity: Entity) => lower(stringifyEntityRef(entity));

/** The graph's contract over a map of entities that the test edits. */
function fakeGraph(entities: Entity[]) {
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  const listeners = new Set<
    (change: { changed: string[]; removed: string[] }) => void
  >();
  return {
    ready: async () => {},
    get: (ref: string) => byRef.get(lower(ref)),
    onChange(listener: (c: { changed: string[]; removed: string[] }) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Replaces entities and tells the listeners, as a delta would. */
    change(...changed: Entity[]) {
      changed.forEach(e => byRef.set(refOf(e), e));
      listeners.forEach(l => l({ changed: changed.map(refOf), removed: [] }));
    },
  };
}

const everything = mockCredentials.user('user:default/reader');
const nobody = mockCredentials.user('user:default/nobody');
const notLabelled = mockCredentials.user('user:default/restricted');

const SERVICE = {
  kind: 'component',
  namespace: 'default',
  name: 'checkout-service',
};
const DB = 'resource:default/checkout-db';
const RULE = 'airesource:default/checkout-rules-of-the-road';

const ruleResource: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'AiResource',
  metadata: { name: 'checkout-rules-of-the-road', namespace: 'default' },
  spec: { type: 'rule' },
  relations: [{ type: 'partOf', targetRef: 'system:default/checkout' }],
};

function setup(options: { hide?: (e: Entity) => boolean } = {}) {
  const graph = fakeGraph([...organisation, ruleResource]);
  const hide = options.hide ?? (() => false);
  const userRef = (c: BackstageCredentials) =>
    (c.principal as { userEntityRef?: string }).userEntityRef;
  const decisions = jest.fn(async (credentials: BackstageCredentials) => {
    const user = userRef(credentials);
    if (user === 'user:default/nobody') {
      return { key: 'none', visibleAmong: async () => new Set<string>() };
    }
    if (user === 'user:default/restricted') {
      return {
        key: 'conditional:not-secret',
        visibleAmong: async (refs: readonly string[]) =>
          new Set(
            refs.filter(ref => {
              const found = graph.get(ref);
              return found ? !hide(found) : true;
            }),
          ),
      } satisfies CallerVisibility;
    }
    return {
      key: 'all',
      visibleAmong: async (refs: readonly string[]) => new Set(refs),
    };
  });
  const base = CatalogEntityContextService.fromGraph({
    graph,
    now: () => new Date('2026-12-03T00:00:00Z'),
  });
  const conventions = {
    resolveFor: jest.fn(
      async (
        placement: ContextPlacement,
        credentials: BackstageCredentials,
      ): Promise<ConventionResolution> => ({
        entityRef: lower(placement.entity.ref),
        path: scopePathOf(placement),
        // A catalog rule only callers who may read everything are given.
        conventions:
          userRef(credentials) === 'user:default/restricted'
            ? []
            : [
                {
                  id: 'RULE-1',
                  category: 'rule',
                  title: 'Rules of the road',
                  body: '',
                  scope: 'system:default/checkout',
                  source: 'catalog',
                  location: RULE,
                  action: 'define',
                  enforced: false,
                  revision: 0,
                } as ConventionResolution['conventions'][number],
              ],
        waived: [],
        conflicts: [],
        skills: [],
      }),
    ),
  };
  const withConventions = new ConventionAwareContextService(
    base,
    // Resolution is all the context asks of the conventions service.
    conventions as unknown as ConventionsService,
    'https://portal.example/.well-known/skills',
  );
  const contexts = {
    getEntityContext: jest.fn(
      withConventions.getEntityContext.bind(withConventions),
    ),
  };
  const scopeListeners = new Set<(scopes: string[]) => void>();
  const scopeChanges = {
    onChange(listener: (scopes: string[]) => void) {
      scopeListeners.add(listener);
      return () => scopeListeners.delete(listener);
    },
    announce: (scopes: string[]) => scopeListeners.forEach(l => l(scopes)),
  };
  const answers = ContextAnswers.create({
    scopeChanges,
    graph,
    visibilities: { forCaller: decisions },
    contexts,
    placements: base,
    conventions,
    agentsMd: AgentsMdService.create({ portalUrl: 'https://portal.example' }),
    auth: mockServices.auth(),
    cache: new AnswerCache({ maxBytes: 10_000_000, maxAgeMs: 60_000 }),
    logger: mockServices.logger.mock(),
  });
  const context = async (credentials: BackstageCredentials) =>
    JSON.parse(
      (
        await answers.answer(SERVICE, { kind: 'context' }, credentials)
      ).body.toString(),
    ) as EntityContext;
  return {
    graph,
    answers,
    contexts,
    conventions,
    decisions,
    context,
    scopeChanges,
  };
}

describe('ContextAnswers', () => {
  it('builds an answer once and serves the same bytes to every caller of a class', async () => {
    const { answers, contexts } = setup();
    const alice = mockCredentials.user('user:default/alice');

    const first = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );
    const second = await answers.answer(SERVICE, { kind: 'context' }, alice);

    expect(second).toBe(first);
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(1);
    // Built with the plugin's own credentials, not the first caller's.
    expect(
      contexts.getEntityContext.mock.calls[0][1].credentials.principal,
    ).toMatchObject({
      type: 'service',
    });
  });

  it('renders every AGENTS.md of an entity from its one shared context', async () => {
    const { answers, contexts } = setup();
    await answers.answer(SERVICE, { kind: 'context' }, everything);
    const md = await answers.answer(
      SERVICE,
      { kind: 'agentsMd', budget: {}, format: 'md' },
      everything,
    );
    await answers.answer(
      SERVICE,
      { kind: 'agentsMd', budget: { maxLines: 50 }, format: 'json' },
      everything,
    );
    expect(md.body.toString()).toContain('checkout-service');
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(1);
  });

  it('answers 404 to a caller who may read nothing, as for a missing entity', async () => {
    const { answers } = setup();
    await expect(
      answers.answer(SERVICE, { kind: 'context' }, nobody),
    ).rejects.toThrow(
      new NotFoundError("No entity 'component:default/checkout-service' found"),
    );
    await expect(
      answers.answer(
        { kind: 'Component', namespace: 'default', name: 'Nope' },
        { kind: 'context' },
        everything,
      ),
    ).rejects.toThrow("No entity 'component:default/nope' found");
  });

  it('serves the shared answer to a conditional class that may read all it was built from', async () => {
    const { answers, contexts } = setup();
    const shared = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );
    const restricted = await answers.answer(
      SERVICE,
      { kind: 'context' },
      notLabelled,
    );
    expect(restricted).toBe(shared);
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(1);
  });

  it('leaves out what a conditional class may not read, and caches that under the class', async () => {
    const { context, contexts, answers } = setup({
      hide: e => [DB, RULE].includes(refOf(e)),
    });

    const shared = await context(everything);
    const restricted = await context(notLabelled);

    const dependencies = (c: EntityContext) =>
      c.dependencies.dependsOn.map(d => `${d.ref} ${d.resolved}`);
    expect(dependencies(shared)).toEqual(['resource:default/checkout-db true']);
    // Hidden exactly as the catalog would hide it: unresolved, no facts.
    expect(dependencies(restricted)).toEqual([
      'resource:default/checkout-db false',
    ]);
    // The rule from an AiResource the class may not read is not there.
    expect(shared.conventions.map(c => c.id)).toEqual(['RULE-1']);
    expect(restricted.conventions).toEqual([]);
    expect(JSON.stringify(restricted)).not.toContain('"type":"database"');

    const calls = contexts.getEntityContext.mock.calls.length;
    await answers.answer(SERVICE, { kind: 'context' }, notLabelled);
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(calls);
  });

  it('answers 404 to a conditional class that may not read the entity itself', async () => {
    const { answers } = setup({
      hide: e => e.metadata.name === 'checkout-service',
    });
    await answers.answer(SERVICE, { kind: 'context' }, everything);
    await expect(
      answers.answer(
        SERVICE,
        { kind: 'agentsMd', budget: {}, format: 'md' },
        notLabelled,
      ),
    ).rejects.toThrow(NotFoundError);
  });

  it('rebuilds an answer when an entity it was built from changes, and only then', async () => {
    const { graph, answers, contexts } = setup();
    const before = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );

    const unrelated = organisation.find(
      e => e.metadata.name === 'scratch-tool',
    )!;
    graph.change({
      ...unrelated,
      metadata: { ...unrelated.metadata, title: 'New' },
    });
    expect(await answers.answer(SERVICE, { kind: 'context' }, everything)).toBe(
      before,
    );

    const db = graph.get(DB)!;
    graph.change({
      ...db,
      metadata: { ...db.metadata, title: 'Orders database' },
    });
    const after = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.toString()).toContain('Orders database');
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(2);
  });

  it('rebuilds an answer when an entity it looked for and did not find appears', async () => {
    const { graph, answers } = setup();
    const scratch = organisation.find(e => e.metadata.name === 'scratch-tool')!;
    // scratch-tool's owner is a user; a missing group owner is looked for.
    graph.change({
      ...scratch,
      relations: [{ type: 'ownedBy', targetRef: 'group:default/newcomers' }],
    });
    const ref = {
      kind: 'component',
      namespace: 'default',
      name: 'scratch-tool',
    };
    const before = await answers.answer(ref, { kind: 'context' }, everything);
    expect(before.body.toString()).toContain('"resolved":false');

    graph.change({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'newcomers', namespace: 'default' },
      spec: { type: 'team', profile: { displayName: 'Newcomers' } },
    });
    const after = await answers.answer(ref, { kind: 'context' }, everything);
    expect(after.body.toString()).toContain('Newcomers');
  });

  it('rebuilds the answers that applied a scope whose conventions changed', async () => {
    const { answers, scopeChanges, conventions } = setup();
    const first = await answers.answer(
      SERVICE,
      { kind: 'conventions' },
      everything,
    );
    scopeChanges.announce(['group:default/payments-team']);
    expect(
      await answers.answer(SERVICE, { kind: 'conventions' }, everything),
    ).toBe(first);
    expect(conventions.resolveFor).toHaveBeenCalledTimes(1);

    scopeChanges.announce(['group:default/commerce']);
    await answers.answer(SERVICE, { kind: 'conventions' }, everything);
    expect(conventions.resolveFor).toHaveBeenCalledTimes(2);

    scopeChanges.announce(['global']);
    await answers.answer(SERVICE, { kind: 'conventions' }, everything);
    expect(conventions.resolveFor).toHaveBeenCalledTimes(3);
  });

  it('drops the answers that could carry a changed AiResource, by its owner and system', async () => {
    const { graph, answers } = setup();
    const first = await answers.answer(
      SERVICE,
      { kind: 'agentsMd', budget: {}, format: 'md' },
      everything,
    );
    graph.change({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'AiResource',
      metadata: { name: 'new-rule', namespace: 'default' },
      spec: { type: 'rule' },
      relations: [{ type: 'partOf', targetRef: 'system:default/checkout' }],
    });
    const second = await answers.answer(
      SERVICE,
      { kind: 'agentsMd', budget: {}, format: 'md' },
      everything,
    );
    expect(second).not.toBe(first);
    expect(second.contentType).toBe('text/markdown; charset=utf-8');
  });

  it('re-renders hot answers in the background after a change', async () => {
    const { graph, answers, contexts } = setup();
    for (let i = 0; i < 3; i += 1) {
      await answers.answer(SERVICE, { kind: 'context' }, everything);
    }
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(1);
    const db = graph.get(DB)!;
    graph.change({ ...db, metadata: { ...db.metadata, title: 'Renamed' } });
    await new Promise(resolve => setImmediate(resolve));
    await new Promise(resolve => setImmediate(resolve));
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(2);
    const after = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );
    expect(after.body.toString()).toContain('Renamed');
    expect(contexts.getEntityContext).toHaveBeenCalledTimes(2);
  });

  it('does not keep an answer built across a change', async () => {
    const { graph, answers, contexts } = setup();
    const db = graph.get(DB)!;
    contexts.getEntityContext.mockImplementationOnce(async (ref, options) => {
      const built = await CatalogEntityContextService.fromGraph({
        graph,
      }).getEntityContext(ref, options);
      graph.change({ ...db, metadata: { ...db.metadata, title: 'Meanwhile' } });
      return built;
    });
    await answers.answer(SERVICE, { kind: 'context' }, everything);
    const again = await answers.answer(
      SERVICE,
      { kind: 'context' },
      everything,
    );
    expect(again.body.toString()).toContain('Meanwhile');
  });

  it('keeps one decision per request and none per caller in the cache', async () => {
    const { answers, decisions } = setup();
    for (let i = 0; i < 20; i += 1) {
      await answers.answer(
        SERVICE,
        { kind: 'context' },
        mockCredentials.user(`user:default/caller-${i}`),
      );
    }
    expect(decisions).toHaveBeenCalledTimes(20);
    // One entry: every one of those callers shares it.
    expect(
      (
        answers as unknown as { deps: { cache: AnswerCache } }
      ).deps.cache.stats().entries,
    ).toBe(1);
  });
});
