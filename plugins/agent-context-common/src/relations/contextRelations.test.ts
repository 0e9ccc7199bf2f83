import { EntityContext } from '../types';
import {
  CONTEXT_RELATIONS,
  CONTEXT_RELATION_SECTIONS,
  carriesSection,
  contextRelationsOf,
} from './contextRelations';

/**
 * The relations the catalog's built-in processor writes on an entity of each
 * kind (outgoing ones and the inverses others' specs produce), as
 * `relation → target kind`. Read from plugin-catalog-backend's
 * BuiltinKindsEntityProcessor; `*` stands for any kind.
 */
const CATALOG_MODEL: Record<string, Array<[string, string]>> = {
  component: [
    ['ownedBy', 'group'],
    ['ownedBy', 'user'],
    ['partOf', 'system'],
    ['partOf', 'component'],
    ['hasPart', 'component'],
    ['providesApi', 'api'],
    ['consumesApi', 'api'],
    ['dependsOn', '*'],
    ['dependencyOf', '*'],
  ],
  api: [
    ['ownedBy', 'group'],
    ['partOf', 'system'],
    ['apiProvidedBy', 'component'],
    ['apiConsumedBy', 'component'],
    ['dependsOn', '*'],
    ['dependencyOf', '*'],
  ],
  resource: [
    ['ownedBy', 'group'],
    ['partOf', 'system'],
    ['dependsOn', '*'],
    ['dependencyOf', '*'],
  ],
  system: [
    ['ownedBy', 'group'],
    ['partOf', 'domain'],
    ['hasPart', 'component'],
    ['hasPart', 'api'],
    ['hasPart', 'resource'],
    ['hasPart', 'airesource'],
    ['dependsOn', '*'],
    ['dependencyOf', '*'],
  ],
  domain: [
    ['ownedBy', 'group'],
    ['partOf', 'domain'],
    ['hasPart', 'system'],
    ['hasPart', 'domain'],
    ['dependsOn', '*'],
    ['dependencyOf', '*'],
  ],
  group: [
    ['childOf', 'group'],
    ['parentOf', 'group'],
    ['hasMember', 'user'],
    ['ownerOf', '*'],
  ],
  user: [
    ['memberOf', 'group'],
    ['ownerOf', '*'],
  ],
};

describe('CONTEXT_RELATIONS', () => {
  it.each(Object.entries(CATALOG_MODEL))(
    'carries every relation the catalog model gives a %s, each in exactly one section',
    (kind, relations) => {
      const sections = contextRelationsOf(kind).sections.map(
        id => CONTEXT_RELATION_SECTIONS[id],
      );
      for (const [relation, targetKind] of relations) {
        const carriers = sections.filter(
          s =>
            s.relation === relation &&
            (!s.targetKinds ||
              targetKind === '*' ||
              s.targetKinds.includes(targetKind)),
        );
        expect({
          kind,
          relation,
          targetKind,
          carriers: carriers.length,
        }).toEqual({ kind, relation, targetKind, carriers: 1 });
      }
    },
  );

  it('names each kind once, with the fallback row last', () => {
    const kinds = CONTEXT_RELATIONS.map(row => row.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds[kinds.length - 1]).toBe('*');
    expect(contextRelationsOf('AiResource').kind).toBe('*');
    expect(contextRelationsOf('API').kind).toBe('api');
  });

  it('walks the blast radius of everything but people and teams', () => {
    for (const row of CONTEXT_RELATIONS) {
      const walked = row.blastRadius.follows.length > 0;
      expect([row.kind, walked]).toEqual([
        row.kind,
        !['group', 'user'].includes(row.kind),
      ]);
      for (const step of row.blastRadius.follows) {
        expect(step.path.length).toBeGreaterThan(0);
      }
    }
    // Only wholes start from their parts.
    expect(
      CONTEXT_RELATIONS.filter(row => row.blastRadius.throughParts).map(
        row => row.kind,
      ),
    ).toEqual(['system', 'domain']);
  });

  it('follows an API to its consumers, and a component through its APIs', () => {
    expect(contextRelationsOf('api').blastRadius.follows).toContainEqual({
      path: ['apiConsumedBy'],
      relation: 'consumesApi',
    });
    expect(contextRelationsOf('component').blastRadius.follows).toContainEqual({
      path: ['providesApi', 'apiConsumedBy'],
      relation: 'consumesApi',
    });
  });

  it('tells whether a kind carries a section', () => {
    expect(carriesSection('API', 'consumers')).toBe(true);
    expect(carriesSection('Component', 'consumers')).toBe(false);
    expect(carriesSection('Group', 'owner')).toBe(false);
  });
});

describe('CONTEXT_RELATION_SECTIONS', () => {
  const related = (ref: string) => ({ ref, kind: 'x', resolved: true });
  const owner = (ref: string) => ({ ...related(ref), displayName: ref });
  const context = {
    ownership: {
      owner: owner('group:default/a'),
      parents: [],
      members: [],
      memberCount: 0,
    },
    dependencies: {
      dependsOn: [related('resource:default/db')],
      dependedOnBy: [],
    },
    apis: {
      provides: [
        { api: related('api:default/p'), providers: [], consumers: [] },
      ],
      consumes: [],
    },
    system: {
      system: related('system:default/s'),
      parts: [related('api:default/p')],
      partCount: 3,
    },
    api: { providedBy: [related('component:default/c')], consumedBy: [] },
    group: {
      parents: [owner('group:default/b'), owner('group:default/root')],
      children: [],
      childCount: 0,
      members: [owner('user:default/u')],
      memberCount: 12,
    },
  } as unknown as EntityContext;

  it('reads each section where the context carries it, with the catalog’s count', () => {
    const read = (id: keyof typeof CONTEXT_RELATION_SECTIONS) =>
      CONTEXT_RELATION_SECTIONS[id].read(context);
    expect(read('owner')).toEqual({ refs: ['group:default/a'], count: 1 });
    expect(read('dependsOn')).toEqual({
      refs: ['resource:default/db'],
      count: 1,
    });
    expect(read('providesApis')).toEqual({ refs: ['api:default/p'], count: 1 });
    expect(read('parts')).toEqual({ refs: ['api:default/p'], count: 3 });
    expect(read('providers')).toEqual({
      refs: ['component:default/c'],
      count: 1,
    });
    // The direct parent only: the rest of the chain is not the group's own relation.
    expect(read('parentGroup')).toEqual({
      refs: ['group:default/b'],
      count: 1,
    });
    expect(read('members')).toEqual({ refs: ['user:default/u'], count: 12 });
    expect(read('owns')).toEqual({ refs: [], count: 0 });
    expect(read('subcomponentOf')).toEqual({ refs: [], count: 0 });
  });
});
