import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CONTEXT_RELATION_SECTIONS,
  EntityContext,
  contextRelationsOf,
  countLines,
} from '@agent-context/plugin-agent-context-common';
import request from 'supertest';
import {
  ExamplePortal,
  checkoutServiceIngested,
  contextWhenIngested,
  countExampleEntities,
  createTestDatabases,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * Walks every entity of the example organisation through the real catalog
 * and checks its context and AGENTS.md against the catalog's own relations:
 * everything the per-kind table (CONTEXT_RELATIONS) promises is there, by
 * ref, and nothing is there that the catalog does not hold. The example
 * organisation stays within the default bounds, and each AGENTS.md within
 * the default budget of 200 lines, so every relation is listed in full.
 */
const databases = createTestDatabases();

const KINDS = [
  'Component',
  'API',
  'Resource',
  'System',
  'Domain',
  'Group',
  'User',
  'AiResource',
];

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
const refOf = (entity: Entity) => lower(stringifyEntityRef(entity));
const kindOf = (ref: string) => ref.slice(0, ref.indexOf(':'));

// Entity refs as they appear in JSON and Markdown text.
const REF_PATTERN =
  /\b(?:component|api|resource|system|domain|group|user|airesource|location|template):[a-z0-9][a-z0-9_.-]*\/[a-z0-9][a-z0-9_.-]*/gi;

interface Walked {
  entity: Entity;
  context: EntityContext;
  markdown: string;
}

/** Runs `fn` over the items, a few at a time. */
async function inBatches<T, R>(
  items: T[],
  size: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  }
  return results;
}

describe('the context of every entity of the example organisation', () => {
  let walked: Walked[] = [];
  const catalog = new Map<string, Entity>();
  // Every ref the catalog holds: its entities and the targets of their
  // relations (an unresolved dependency is still a fact the catalog holds).
  const held = new Set<string>();

  const targets = (entity: Entity, type: string, kinds?: readonly string[]) =>
    (entity.relations ?? [])
      .filter(r => r.type === type)
      .map(r => lower(r.targetRef))
      .filter(ref => !kinds || kinds.includes(kindOf(ref)));

  beforeAll(async () => {
    const server: ExamplePortal = await startExamplePortal(
      databases,
      'SQLITE_3',
    );
    await contextWhenIngested(
      server,
      'component/default/checkout-service',
      checkoutServiceIngested,
    );
    const listed = await request(server)
      .get('/api/catalog/entities/by-query?limit=1000')
      .set('Authorization', guestAuthorization);
    // Locations are how the catalog found the files, not part of the
    // organisation.
    const entities: Entity[] = listed.body.items.filter(
      (e: Entity) => e.kind !== 'Location',
    );
    for (const entity of entities) {
      catalog.set(refOf(entity), entity);
      held.add(refOf(entity));
      (entity.relations ?? []).forEach(r => held.add(lower(r.targetRef)));
    }

    walked = await inBatches(entities, 4, async entity => {
      const path = `${entity.kind.toLocaleLowerCase('en-US')}/${
        entity.metadata.namespace ?? 'default'
      }/${entity.metadata.name}`;
      const [context, markdown] = await Promise.all([
        request(server)
          .get(`/api/agent-context/v1/entities/${path}/context`)
          .set('Authorization', guestAuthorization),
        request(server)
          .get(`/api/agent-context/v1/entities/${path}/agents.md`)
          .set('Authorization', guestAuthorization),
      ]);
      if (context.status !== 200 || markdown.status !== 200) {
        throw new Error(
          `${path}: context ${context.status}, AGENTS.md ${markdown.status}`,
        );
      }
      return { entity, context: context.body, markdown: markdown.text };
    });
  }, 240_000);

  it('walks every entity of the example files, of every kind it checks', () => {
    expect(walked.length).toBe(countExampleEntities());
    expect([...new Set(walked.map(w => w.entity.kind))].sort()).toEqual(
      [...KINDS].sort(),
    );
  });

  describe.each(KINDS)('of each %s', kind => {
    const ofKind = () => walked.filter(w => w.entity.kind === kind);

    it('carries every relation the catalog holds on it in a section of its kind', () => {
      const { sections } = contextRelationsOf(kind);
      const uncarried = ofKind().flatMap(({ entity }) =>
        (entity.relations ?? [])
          .filter(
            ({ type, targetRef }) =>
              !sections.some(id => {
                const section = CONTEXT_RELATION_SECTIONS[id];
                return (
                  section.relation === type &&
                  (!section.targetKinds ||
                    section.targetKinds.includes(kindOf(lower(targetRef))))
                );
              }),
          )
          .map(r => `${refOf(entity)} ${r.type} ${r.targetRef}`),
      );
      expect(uncarried).toEqual([]);
    });

    it('lists, in its JSON, exactly the targets of each relation its kind promises', () => {
      const wrong = ofKind().flatMap(({ entity, context }) =>
        contextRelationsOf(kind).sections.flatMap(id => {
          const section = CONTEXT_RELATION_SECTIONS[id];
          const expected = targets(
            entity,
            section.relation,
            section.targetKinds,
          ).sort();
          const { refs, count } = section.read(context);
          const actual = refs.map(lower).sort();
          return JSON.stringify(actual) === JSON.stringify(expected) &&
            count === expected.length
            ? []
            : [
                `${refOf(entity)} ${id}: context has ${JSON.stringify(
                  actual,
                )} (count ${count}), catalog has ${JSON.stringify(expected)}`,
              ];
        }),
      );
      expect(wrong).toEqual([]);
    });

    it('fits its AGENTS.md in the default budget of 200 lines, leaving nothing out', () => {
      const over = ofKind()
        .filter(
          ({ markdown }) =>
            countLines(markdown) > 200 || markdown.includes('\n## Left out\n'),
        )
        .map(
          ({ entity, markdown }) =>
            `${refOf(entity)}: ${countLines(markdown)} lines`,
        );
      expect(over).toEqual([]);
    });

    it('names each of them, the owner chain and the members by ref in its AGENTS.md', () => {
      const missing = ofKind().flatMap(({ entity, context, markdown }) => {
        const text = lower(markdown);
        const promised = [
          ...contextRelationsOf(kind).sections.flatMap(
            id => CONTEXT_RELATION_SECTIONS[id].read(context).refs,
          ),
          ...context.ownership.parents.map(p => p.ref),
          ...context.ownership.members.map(m => m.ref),
          ...(context.group?.parents ?? []).map(p => p.ref),
        ];
        return promised
          .filter(ref => !text.includes(`\`${lower(ref)}\``))
          .map(ref => `${refOf(entity)}: ${ref}`);
      });
      expect(missing).toEqual([]);
    });

    it('shows nothing the catalog does not hold, and nothing in AGENTS.md beyond its JSON', () => {
      const invented = ofKind().flatMap(({ entity, context, markdown }) => {
        const inJson = new Set(
          (JSON.stringify(context).match(REF_PATTERN) ?? []).map(lower),
        );
        const inMarkdown = (markdown.match(REF_PATTERN) ?? []).map(lower);
        return [
          ...[...inJson]
            .filter(ref => !held.has(ref))
            .map(ref => `${refOf(entity)} JSON: ${ref}`),
          ...inMarkdown
            .filter(ref => !inJson.has(ref))
            .map(ref => `${refOf(entity)} AGENTS.md: ${ref}`),
        ];
      });
      expect(invented).toEqual([]);
    });

    it('has a blast radius that the catalog bears out, entry by entry', () => {
      const has = (from: string, type: string, to: string) =>
        !!catalog.get(from) && targets(catalog.get(from)!, type).includes(to);
      const untrue = ofKind().flatMap(({ entity, context }) =>
        context.blastRadius.entries
          .filter(e => {
            const [ref, via] = [lower(e.ref), lower(e.via)];
            if (e.relation === 'dependsOn') {
              return !has(ref, 'dependsOn', via);
            }
            const api = e.api ?? '';
            return !(
              has(ref, 'consumesApi', api) &&
              (via === api || has(via, 'providesApi', api))
            );
          })
          .map(e => `${refOf(entity)}: ${JSON.stringify(e)}`),
      );
      expect(untrue).toEqual([]);
    });

    it('has every direct dependent or consumer its kind’s walk promises at depth 1, and nothing inside it', () => {
      const wrong = ofKind().flatMap(({ entity, context }) => {
        const rule = contextRelationsOf(kind).blastRadius;
        // The change: the entity, and for a whole all its parts.
        const start = new Set([refOf(entity)]);
        let level = [entity];
        while (rule.throughParts && level.length > 0) {
          level = level
            .filter(e => contextRelationsOf(e.kind).blastRadius.throughParts)
            .flatMap(e => targets(e, 'hasPart'))
            .filter(ref => !start.has(ref) && catalog.has(ref))
            .map(ref => {
              start.add(ref);
              return catalog.get(ref)!;
            });
        }
        const direct = new Set<string>();
        for (const ref of start) {
          const from = catalog.get(ref)!;
          for (const step of contextRelationsOf(from.kind).blastRadius
            .follows) {
            let reached = [ref];
            for (const type of step.path) {
              reached = reached.flatMap(r =>
                catalog.has(r) ? targets(catalog.get(r)!, type) : [],
              );
            }
            reached.filter(r => !start.has(r)).forEach(r => direct.add(r));
          }
        }
        const entries = context.blastRadius.entries;
        const atDepth1 = entries.filter(e => e.depth === 1).map(e => e.ref);
        const problems: string[] = [];
        if (
          !context.blastRadius.truncated &&
          JSON.stringify([...direct].sort()) !==
            JSON.stringify(atDepth1.map(lower).sort())
        ) {
          problems.push(
            `depth 1 is ${JSON.stringify(
              atDepth1,
            )}, the catalog says ${JSON.stringify([...direct])}`,
          );
        }
        for (const e of entries) {
          if (start.has(lower(e.ref))) {
            problems.push(`${e.ref} is part of the change itself`);
          }
          if (e.depth === 1 && !start.has(lower(e.via))) {
            problems.push(`${e.ref} at depth 1 comes via ${e.via}`);
          }
        }
        if (rule.follows.length === 0 && entries.length > 0) {
          problems.push('has entries but its kind has no blast radius');
        }
        return problems.map(p => `${refOf(entity)}: ${p}`);
      });
      expect(wrong).toEqual([]);
    });
  });

  it('gives an API its providers and consumers, and a blast radius through them', () => {
    const paymentsApi = walked.find(
      w => refOf(w.entity) === 'api:default/payments-api',
    )!;
    expect(paymentsApi.context.api).toEqual({
      providedBy: [
        expect.objectContaining({ ref: 'component:default/payments-service' }),
      ],
      consumedBy: [
        expect.objectContaining({ ref: 'component:default/checkout-service' }),
        expect.objectContaining({ ref: 'component:default/refunds-service' }),
        expect.objectContaining({ ref: 'component:default/returns-service' }),
      ],
    });
    expect(paymentsApi.context.blastRadius.entries.length).toBeGreaterThan(3);
    expect(paymentsApi.markdown).toContain('### Consumed by');
  });
});
