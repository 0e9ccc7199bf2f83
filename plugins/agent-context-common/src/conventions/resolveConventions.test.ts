import { JsonObject } from '@backstage/types';
import {
  ContextSkill,
  Convention,
  ConventionResolution,
  ConventionScopeLevel,
} from '../types';
import { ConventionLayer } from './conventionInheritance';
import { resolveConventions } from './resolveConventions';

const SERVICE: JsonObject = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-service',
    namespace: 'default',
    tags: ['java', 'tier-1'],
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/checkout-team',
    system: 'system:default/checkout',
  },
};

const LEVELS: Record<string, ConventionScopeLevel> = {
  global: { scope: 'global', level: 'global' },
  domain: { scope: 'domain:default/commerce', level: 'domain' },
  system: { scope: 'system:default/checkout', level: 'system' },
  group: { scope: 'group:default/checkout-team', level: 'group' },
  entity: { scope: 'component:default/checkout-service', level: 'entity' },
};
type Level = keyof typeof LEVELS;

function define(
  id: string,
  at: Level,
  more: Partial<Convention> = {},
): Convention {
  return {
    id,
    scope: LEVELS[at].scope,
    source: 'database',
    action: 'define',
    category: 'rule',
    severity: 'must',
    title: `${id} at ${at}`,
    body: '',
    enforced: false,
    revision: 1,
    ...more,
  };
}

function waive(
  id: string,
  at: Level,
  more: Partial<Convention> = {},
): Convention {
  return {
    id,
    scope: LEVELS[at].scope,
    source: 'database',
    action: 'waive',
    category: 'rule',
    title: '',
    body: '',
    enforced: false,
    reason: `not for ${at}`,
    revision: 1,
    updatedBy: 'user:default/jane',
    updatedAt: '2026-05-01T09:00:00.000Z',
    ...more,
  };
}

/** Layers for the full path, each holding the entries recorded at it. */
function layersOf(entries: Convention[]): ConventionLayer[] {
  return Object.values(LEVELS).map(level => ({
    level,
    conventions: entries.filter(e => e.scope === level.scope),
  }));
}

function resolve(
  entries: Convention[],
  entity: JsonObject = SERVICE,
): ConventionResolution {
  return resolveConventions({
    entityRef: 'component:default/checkout-service',
    entity,
    layers: layersOf(entries),
  });
}

/** `id@scope` of each convention in effect, in order. */
const effective = (r: ConventionResolution) =>
  r.conventions.map(c => `${c.id}@${c.scope}`);
const conflicts = (r: ConventionResolution) =>
  r.conflicts.map(c => `${c.id}@${c.scope} (${c.source}): ${c.message}`);

describe('resolveConventions', () => {
  describe('define and override', () => {
    it.each<{
      name: string;
      entries: Convention[];
      effective: string[];
      conflicts?: string[];
    }>([
      {
        name: 'keeps a convention defined once',
        entries: [define('SEC-004', 'global')],
        effective: ['SEC-004@global'],
      },
      {
        name: 'unions different ids along the path',
        entries: [
          define('SEC-004', 'global'),
          define('PAY-002', 'system'),
          define('STY-002', 'group'),
        ],
        effective: [
          'SEC-004@global',
          'PAY-002@system:default/checkout',
          'STY-002@group:default/checkout-team',
        ],
      },
      {
        name: 'lets a narrower scope override an inherited convention',
        entries: [define('OBS-002', 'global'), define('OBS-002', 'system')],
        effective: ['OBS-002@system:default/checkout'],
      },
      {
        name: 'refuses an override of an enforced convention and keeps the broader one',
        entries: [
          define('SEC-004', 'global', { enforced: true }),
          define('SEC-004', 'entity', { severity: 'may' }),
        ],
        effective: ['SEC-004@global'],
        conflicts: [
          'SEC-004@component:default/checkout-service (database): SEC-004 is enforced at global and cannot be overridden',
        ],
      },
      {
        name: 'refuses an override of an enforced override from a middle scope',
        entries: [
          define('API-003', 'global'),
          define('API-003', 'domain', { enforced: true }),
          define('API-003', 'group'),
        ],
        effective: ['API-003@domain:default/commerce'],
        conflicts: [
          'API-003@group:default/checkout-team (database): API-003 is enforced at domain:default/commerce and cannot be overridden',
        ],
      },
    ])('$name', ({ entries, ...expected }) => {
      const result = resolve(entries);
      expect(effective(result)).toEqual(expected.effective);
      expect(conflicts(result)).toEqual(expected.conflicts ?? []);
    });

    it('lists what an override replaced, broadest first, with its source', () => {
      const result = resolve([
        define('OBS-002', 'global', { source: 'config' }),
        define('OBS-002', 'domain', { source: 'catalog' }),
        define('OBS-002', 'entity', { source: 'repository' }),
      ]);
      expect(result.conventions).toEqual([
        {
          ...define('OBS-002', 'entity', { source: 'repository' }),
          overrides: [
            { scope: 'global', source: 'config' },
            { scope: 'domain:default/commerce', source: 'catalog' },
          ],
        },
      ]);
    });

    it('leaves overrides out of a convention that replaced nothing', () => {
      const [convention] = resolve([define('SEC-004', 'global')]).conventions;
      expect(convention).not.toHaveProperty('overrides');
    });
  });

  describe('waivers', () => {
    it.each<{
      name: string;
      entries: Convention[];
      effective: string[];
      waived: string[];
      conflicts?: string[];
    }>([
      {
        name: 'switches an inherited convention off',
        entries: [define('OBS-002', 'global'), waive('OBS-002', 'group')],
        effective: [],
        waived: ['OBS-002@global by group:default/checkout-team'],
      },
      {
        name: 'waives the override in effect, not the convention it replaced',
        entries: [
          define('OBS-002', 'global'),
          define('OBS-002', 'domain'),
          waive('OBS-002', 'entity'),
        ],
        effective: [],
        waived: [
          'OBS-002@domain:default/commerce by component:default/checkout-service',
        ],
      },
      {
        name: 'refuses to waive an enforced convention',
        entries: [
          define('SEC-004', 'global', { enforced: true }),
          waive('SEC-004', 'system'),
        ],
        effective: ['SEC-004@global'],
        waived: [],
        conflicts: [
          'SEC-004@system:default/checkout (database): SEC-004 is enforced at global and cannot be waived',
        ],
      },
      {
        name: 'reports a waiver with nothing inherited',
        entries: [waive('NOPE-1', 'group')],
        effective: [],
        waived: [],
        conflicts: [
          'NOPE-1@group:default/checkout-team (database): NOPE-1 is not in effect at any broader scope, so there is nothing to waive',
        ],
      },
      {
        name: 'treats a define and a waiver at one scope as duplicates',
        entries: [
          define('OBS-002', 'group', { source: 'config' }),
          waive('OBS-002', 'group'),
        ],
        effective: ['OBS-002@group:default/checkout-team'],
        waived: [],
        conflicts: [
          'OBS-002@group:default/checkout-team (database): OBS-002 is defined more than once at this scope; the config one is used',
        ],
      },
      {
        name: 'reports a second waiver of what is already waived',
        entries: [
          define('OBS-002', 'global'),
          waive('OBS-002', 'domain'),
          waive('OBS-002', 'entity'),
        ],
        effective: [],
        waived: ['OBS-002@global by domain:default/commerce'],
        conflicts: [
          'OBS-002@component:default/checkout-service (database): OBS-002 is not in effect at any broader scope, so there is nothing to waive',
        ],
      },
      {
        name: 'brings a waived id back with a narrower define',
        entries: [
          define('OBS-002', 'global'),
          waive('OBS-002', 'system'),
          define('OBS-002', 'entity'),
        ],
        effective: ['OBS-002@component:default/checkout-service'],
        waived: [],
      },
    ])('$name', ({ entries, ...expected }) => {
      const result = resolve(entries);
      expect(effective(result)).toEqual(expected.effective);
      expect(
        result.waived.map(w => `${w.id}@${w.scope} by ${w.waivedBy.scope}`),
      ).toEqual(expected.waived);
      expect(conflicts(result)).toEqual(expected.conflicts ?? []);
    });

    it('records who waived it, when and why', () => {
      const result = resolve([
        define('OBS-002', 'global', {
          source: 'config',
          location: 'agentContext.conventions.global',
        }),
        define('OBS-002', 'domain'),
        waive('OBS-002', 'group'),
      ]);
      // The waived entry is the override in effect, without its own overrides.
      expect(result.waived).toEqual([
        {
          ...define('OBS-002', 'domain'),
          waivedBy: {
            scope: 'group:default/checkout-team',
            reason: 'not for group',
            by: 'user:default/jane',
            at: '2026-05-01T09:00:00.000Z',
          },
        },
      ]);
    });
  });

  describe('several sources at one scope', () => {
    it.each<{
      name: string;
      entries: Convention[];
      winner: string;
      loser: string;
    }>([
      {
        name: 'config over database',
        entries: [
          define('SEC-004', 'global', { source: 'database' }),
          define('SEC-004', 'global', { source: 'config' }),
        ],
        winner: 'config',
        loser: 'database',
      },
      {
        name: 'catalog over repository',
        entries: [
          define('SEC-004', 'system', { source: 'repository' }),
          define('SEC-004', 'system', { source: 'catalog' }),
        ],
        winner: 'catalog',
        loser: 'repository',
      },
      {
        name: 'repository over database',
        entries: [
          define('SEC-004', 'entity', { source: 'database' }),
          define('SEC-004', 'entity', { source: 'repository' }),
        ],
        winner: 'repository',
        loser: 'database',
      },
      {
        name: 'config over a database waiver',
        entries: [
          define('SEC-004', 'domain', { source: 'config' }),
          waive('SEC-004', 'domain', { source: 'database' }),
        ],
        winner: 'config',
        loser: 'database',
      },
    ])(
      'uses the first by source precedence: $name',
      ({ entries, winner, loser }) => {
        for (const order of [entries, [...entries].reverse()]) {
          const result = resolve(order);
          expect(result.conventions.map(c => c.source)).toEqual([winner]);
          expect(result.conflicts).toEqual([
            {
              id: 'SEC-004',
              scope: entries[0].scope,
              source: loser,
              message: `SEC-004 is defined more than once at this scope; the ${winner} one is used`,
            },
          ]);
        }
      },
    );

    it("follows a backend's own order, where a module's source stands among the built-in ones", () => {
      const entries = [
        define('SEC-004', 'system', { source: 'database' }),
        define('SEC-004', 'system', { source: 'handbook' }),
        define('SEC-004', 'system', { source: 'repository' }),
      ];
      for (const order of [entries, [...entries].reverse()]) {
        const result = resolveConventions({
          entityRef: 'component:default/checkout-service',
          entity: SERVICE,
          layers: layersOf(order),
          sourcePrecedence: ['config', 'handbook', 'catalog', 'repository'],
        });
        expect(result.conventions.map(c => c.source)).toEqual(['handbook']);
        // A source the order leaves out comes after every one it names.
        expect(conflicts(result)).toEqual([
          'SEC-004@system:default/checkout (repository): SEC-004 is defined more than once at this scope; the handbook one is used',
          'SEC-004@system:default/checkout (database): SEC-004 is defined more than once at this scope; the handbook one is used',
        ]);
      }
    });

    it('puts sources the default order does not know after the built-in ones, by id', () => {
      const entries = [
        define('SEC-004', 'global', { source: 'wiki' }),
        define('SEC-004', 'global', { source: 'handbook' }),
        define('SEC-004', 'global', { source: 'database' }),
      ];
      for (const order of [entries, [...entries].reverse()]) {
        expect(conflicts(resolve(order))).toEqual([
          'SEC-004@global (handbook): SEC-004 is defined more than once at this scope; the database one is used',
          'SEC-004@global (wiki): SEC-004 is defined more than once at this scope; the database one is used',
        ]);
      }
    });

    it('picks the same one of two entries from one source, whatever their order', () => {
      const a = define('SEC-004', 'global', {
        source: 'config',
        location: 'a',
      });
      const b = define('SEC-004', 'global', {
        source: 'config',
        location: 'b',
      });
      expect(resolve([b, a]).conventions[0].location).toBe('a');
      expect(resolve([a, b]).conventions[0].location).toBe('a');
    });
  });

  describe('appliesTo', () => {
    it.each<{ name: string; appliesTo: JsonObject; applies: boolean }>([
      { name: 'kind', appliesTo: { kind: 'component' }, applies: true },
      { name: 'another kind', appliesTo: { kind: 'API' }, applies: false },
      {
        name: 'spec.type',
        appliesTo: { 'spec.type': 'service' },
        applies: true,
      },
      {
        name: 'another spec.type',
        appliesTo: { 'spec.type': 'website' },
        applies: false,
      },
      {
        name: 'spec.lifecycle among several',
        appliesTo: { 'spec.lifecycle': { $in: ['production', 'deprecated'] } },
        applies: true,
      },
      {
        name: 'another spec.lifecycle',
        appliesTo: { 'spec.lifecycle': 'experimental' },
        applies: false,
      },
      {
        name: 'a tag the entity has',
        appliesTo: { 'metadata.tags': { $contains: 'java' } },
        applies: true,
      },
      {
        name: 'a tag the entity lacks',
        appliesTo: { 'metadata.tags': { $contains: 'python' } },
        applies: false,
      },
      {
        name: 'kind and type together',
        appliesTo: { kind: 'Component', 'spec.type': 'website' },
        applies: false,
      },
      {
        name: 'either of two',
        appliesTo: {
          $any: [
            { 'spec.type': 'website' },
            { 'metadata.tags': { $contains: 'tier-1' } },
          ],
        },
        applies: true,
      },
    ])('matches $name: $applies', ({ appliesTo, applies }) => {
      const result = resolve([define('SEC-004', 'global', { appliesTo })]);
      expect(effective(result)).toEqual(applies ? ['SEC-004@global'] : []);
      expect(result.conflicts).toEqual([]);
    });

    it('keeps the broader convention when an override does not apply to the entity', () => {
      const result = resolve([
        define('OBS-002', 'global'),
        define('OBS-002', 'domain', { appliesTo: { 'spec.type': 'website' } }),
      ]);
      expect(effective(result)).toEqual(['OBS-002@global']);
      expect(result.conventions[0].overrides).toBeUndefined();
    });

    it('lets an override through an enforced convention that does not apply to the entity', () => {
      const result = resolve([
        define('API-003', 'global', {
          enforced: true,
          appliesTo: { kind: 'API' },
        }),
        define('API-003', 'system'),
      ]);
      expect(effective(result)).toEqual(['API-003@system:default/checkout']);
      expect(result.conflicts).toEqual([]);
    });

    it('ignores a waiver of a convention that does not apply to the entity', () => {
      const result = resolve([
        define('API-003', 'global', { appliesTo: { kind: 'API' } }),
        waive('API-003', 'system'),
      ]);
      expect(result.conventions).toEqual([]);
      expect(result.waived).toEqual([]);
      expect(result.conflicts).toEqual([]);
    });

    it('reports a predicate it cannot evaluate and applies that entry to nothing', () => {
      const result = resolve([
        define('OBS-002', 'global'),
        define('OBS-002', 'group', {
          source: 'repository',
          appliesTo: { $all: [{ kind: 'Component' }], kind: 'Component' },
        }),
      ]);
      expect(effective(result)).toEqual(['OBS-002@global']);
      expect(result.conflicts).toHaveLength(1);
      expect(result.conflicts[0]).toMatchObject({
        id: 'OBS-002',
        scope: 'group:default/checkout-team',
        source: 'repository',
      });
      expect(result.conflicts[0].message).toMatch(
        /^appliesTo of OBS-002 is not a valid filter predicate, so it applies to no entity: /,
      );
    });
  });

  describe('order and path', () => {
    const entries = [
      define('SEC-004', 'global'),
      define('OBS-002', 'global', { source: 'config' }),
      define('PAY-002', 'system'),
      define('SEC-004', 'group'),
      define('STY-002', 'entity'),
      define('OBS-002', 'entity'),
    ];

    it('lists conventions by first appearance, an override keeping the slot', () => {
      expect(effective(resolve(entries))).toEqual([
        'OBS-002@component:default/checkout-service',
        'SEC-004@group:default/checkout-team',
        'PAY-002@system:default/checkout',
        'STY-002@component:default/checkout-service',
      ]);
    });

    it('returns the levels of the layers as the path', () => {
      expect(resolve(entries).path).toEqual(Object.values(LEVELS));
    });

    it('gives the same result whatever the order of each layer', () => {
      const expected = resolve(entries);
      for (const order of [
        [...entries].reverse(),
        [
          entries[3],
          entries[1],
          entries[5],
          entries[0],
          entries[4],
          entries[2],
        ],
      ]) {
        expect(resolve(order)).toEqual(expected);
      }
    });

    it('does not change the layers it is given', () => {
      const layers = layersOf([
        define('OBS-002', 'global'),
        define('OBS-002', 'entity'),
        waive('SEC-004', 'group'),
      ]);
      const copy = JSON.parse(JSON.stringify(layers));
      resolveConventions({ entityRef: 'x', entity: SERVICE, layers });
      expect(layers).toEqual(copy);
    });
  });

  describe('skills', () => {
    const skill = (name: string, scope: string): ContextSkill => ({
      ref: `airesource:default/${name}`,
      name,
      scope,
    });

    it('passes skills through sorted by ref, one of each', () => {
      const result = resolveConventions({
        entityRef: 'component:default/checkout-service',
        entity: SERVICE,
        layers: [],
        skills: [
          skill('release-notes', 'group:default/checkout-team'),
          skill('pdf-tools', 'system:default/checkout'),
          skill('release-notes', 'system:default/checkout'),
        ],
      });
      expect(result.skills).toEqual([
        skill('pdf-tools', 'system:default/checkout'),
        skill('release-notes', 'group:default/checkout-team'),
      ]);
    });

    it('gives an empty list without skills', () => {
      expect(resolve([]).skills).toEqual([]);
    });
  });
});
