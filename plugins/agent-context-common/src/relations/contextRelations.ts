import {
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CHILD_OF,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PARENT_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import { BlastRadiusEntry, EntityContext } from '../types';

/**
 * The lists of related entities a context can carry, one per catalog
 * relation (and target kind, where one relation leads to several kinds).
 *
 * @public
 */
export type ContextRelationSectionId =
  | 'owner'
  | 'system'
  | 'domain'
  | 'parts'
  | 'subcomponentOf'
  | 'subcomponents'
  | 'subdomainOf'
  | 'domainParts'
  | 'dependsOn'
  | 'dependedOnBy'
  | 'providesApis'
  | 'consumesApis'
  | 'providers'
  | 'consumers'
  | 'parentGroup'
  | 'childGroups'
  | 'members'
  | 'memberOf'
  | 'owns';

/**
 * One list of related entities in a context, filled from one relation that
 * the catalog holds on the entity itself.
 *
 * @public
 */
export interface ContextRelationSection {
  /** The section's id. */
  id: ContextRelationSectionId;
  /** The catalog relation on the entity (`relations[].type`) that fills it. */
  relation: string;
  /**
   * Only targets of these kinds (lower case); every target when absent.
   * Needed where one relation leads to several kinds: a component is
   * `partOf` its system and its parent component alike.
   */
  targetKinds?: readonly string[];
  /** Where the context JSON carries it. */
  field: string;
  /** Its heading in AGENTS.md and on the entity page. */
  title: string;
  /**
   * The refs a context carries for it, and how many targets the catalog
   * holds in all (more than the refs when a bound cut the list).
   */
  read(context: EntityContext): { refs: string[]; count: number };
}

/**
 * One way a change reaches other entities: relations followed in turn
 * from the changed entity. `['providesApi', 'apiConsumedBy']` reaches the
 * consumers of every API it provides.
 *
 * @public
 */
export interface BlastRadiusStep {
  /** The relation types followed, in order. */
  path: readonly string[];
  /** How an entity reached this way is affected. */
  relation: BlastRadiusEntry['relation'];
}

/**
 * How the blast radius of an entity of one kind is walked.
 *
 * @public
 */
export interface BlastRadiusRule {
  /**
   * Who a change to an entity of this kind affects directly. The walk
   * follows these from the entity, then from every entity it reaches by
   * that entity's own kind, breadth-first. Empty: the kind has no blast
   * radius.
   */
  follows: readonly BlastRadiusStep[];
  /**
   * The walk starts from the entity's parts too (`hasPart`, and their parts
   * where those are wholes themselves); a change to a whole is a change to
   * its parts. The parts are the change, so they are not listed.
   */
  throughParts: boolean;
  /** Who counts, as a phrase; or, for a kind with no blast radius, why. */
  summary: string;
}

/**
 * What the context of one kind carries, and how its blast radius is walked.
 *
 * @public
 */
export interface KindRelations {
  /** The kind in lower case; `*` for every kind not listed. */
  kind: string;
  /** The relation sections its context carries. */
  sections: readonly ContextRelationSectionId[];
  /** How its blast radius is walked. */
  blastRadius: BlastRadiusRule;
}

function all(entities: ReadonlyArray<{ ref: string }>, count?: number) {
  return { refs: entities.map(e => e.ref), count: count ?? entities.length };
}

function one(entity: { ref: string } | undefined) {
  return all(entity ? [entity] : []);
}

/**
 * Every section, by id: which catalog relation fills it and where the
 * context carries it.
 *
 * @public
 */
export const CONTEXT_RELATION_SECTIONS: Readonly<
  Record<ContextRelationSectionId, ContextRelationSection>
> = {
  owner: {
    id: 'owner',
    relation: RELATION_OWNED_BY,
    field: 'ownership.owner',
    title: 'Owner',
    read: c => one(c.ownership.owner),
  },
  system: {
    id: 'system',
    relation: RELATION_PART_OF,
    targetKinds: ['system'],
    field: 'system.system',
    title: 'System',
    read: c => one(c.system?.system),
  },
  domain: {
    id: 'domain',
    relation: RELATION_PART_OF,
    targetKinds: ['domain'],
    field: 'system.domain',
    title: 'Domain',
    read: c => one(c.system?.domain),
  },
  parts: {
    id: 'parts',
    relation: RELATION_HAS_PART,
    field: 'system.parts',
    title: 'Parts',
    read: c => all(c.system?.parts ?? [], c.system?.partCount),
  },
  subcomponentOf: {
    id: 'subcomponentOf',
    relation: RELATION_PART_OF,
    targetKinds: ['component'],
    field: 'component.subcomponentOf',
    title: 'Subcomponent of',
    read: c => one(c.component?.subcomponentOf),
  },
  subcomponents: {
    id: 'subcomponents',
    relation: RELATION_HAS_PART,
    field: 'component.subcomponents',
    title: 'Subcomponents',
    read: c =>
      all(c.component?.subcomponents ?? [], c.component?.subcomponentCount),
  },
  subdomainOf: {
    id: 'subdomainOf',
    relation: RELATION_PART_OF,
    targetKinds: ['domain'],
    field: 'domain.subdomainOf',
    title: 'Subdomain of',
    read: c => one(c.domain?.subdomainOf),
  },
  domainParts: {
    id: 'domainParts',
    relation: RELATION_HAS_PART,
    field: 'domain.parts',
    title: 'Systems and subdomains',
    read: c => all(c.domain?.parts ?? [], c.domain?.partCount),
  },
  dependsOn: {
    id: 'dependsOn',
    relation: RELATION_DEPENDS_ON,
    field: 'dependencies.dependsOn',
    title: 'Depends on',
    read: c => all(c.dependencies.dependsOn),
  },
  dependedOnBy: {
    id: 'dependedOnBy',
    relation: RELATION_DEPENDENCY_OF,
    field: 'dependencies.dependedOnBy',
    title: 'Depended on by',
    read: c => all(c.dependencies.dependedOnBy),
  },
  providesApis: {
    id: 'providesApis',
    relation: RELATION_PROVIDES_API,
    field: 'apis.provides[].api',
    title: 'APIs provided',
    read: c => all(c.apis.provides.map(usage => usage.api)),
  },
  consumesApis: {
    id: 'consumesApis',
    relation: RELATION_CONSUMES_API,
    field: 'apis.consumes[].api',
    title: 'APIs consumed',
    read: c => all(c.apis.consumes.map(usage => usage.api)),
  },
  providers: {
    id: 'providers',
    relation: RELATION_API_PROVIDED_BY,
    field: 'api.providedBy',
    title: 'Provided by',
    read: c => all(c.api?.providedBy ?? []),
  },
  consumers: {
    id: 'consumers',
    relation: RELATION_API_CONSUMED_BY,
    field: 'api.consumedBy',
    title: 'Consumed by',
    read: c => all(c.api?.consumedBy ?? []),
  },
  parentGroup: {
    id: 'parentGroup',
    relation: RELATION_CHILD_OF,
    field: 'group.parents[0]',
    title: 'Parent group',
    read: c => one(c.group?.parents[0]),
  },
  childGroups: {
    id: 'childGroups',
    relation: RELATION_PARENT_OF,
    field: 'group.children',
    title: 'Child groups',
    read: c => all(c.group?.children ?? [], c.group?.childCount),
  },
  members: {
    id: 'members',
    relation: RELATION_HAS_MEMBER,
    field: 'group.members',
    title: 'Members',
    read: c => all(c.group?.members ?? [], c.group?.memberCount),
  },
  memberOf: {
    id: 'memberOf',
    relation: RELATION_MEMBER_OF,
    field: 'user.memberOf',
    title: 'Member of',
    read: c => all(c.user?.memberOf ?? [], c.user?.memberOfCount),
  },
  owns: {
    id: 'owns',
    relation: RELATION_OWNER_OF,
    field: 'owns.entities',
    title: 'Owns',
    read: c => all(c.owns?.entities ?? [], c.owns?.count),
  },
};

const dependents: BlastRadiusStep = {
  path: [RELATION_DEPENDENCY_OF],
  relation: 'dependsOn',
};

const NO_BLAST_RADIUS =
  'a change to a group or user changes whom to ask, not what breaks; each entity it owns has a blast radius of its own';

/**
 * The table: per kind, the relation sections the context carries and how
 * the blast radius is walked. The backend's README documents the same
 * table, and a test keeps the two alike.
 *
 * @public
 */
export const CONTEXT_RELATIONS: readonly KindRelations[] = [
  {
    kind: 'component',
    sections: [
      'owner',
      'system',
      'subcomponentOf',
      'subcomponents',
      'dependsOn',
      'dependedOnBy',
      'providesApis',
      'consumesApis',
    ],
    blastRadius: {
      follows: [
        dependents,
        {
          path: [RELATION_PROVIDES_API, RELATION_API_CONSUMED_BY],
          relation: 'consumesApi',
        },
      ],
      throughParts: false,
      summary:
        'entities that depend on it or consume an API it provides, then theirs',
    },
  },
  {
    kind: 'api',
    sections: [
      'owner',
      'system',
      'providers',
      'consumers',
      'dependsOn',
      'dependedOnBy',
    ],
    blastRadius: {
      follows: [
        { path: [RELATION_API_CONSUMED_BY], relation: 'consumesApi' },
        dependents,
      ],
      throughParts: false,
      summary: 'its consumers and entities that depend on it, then theirs',
    },
  },
  {
    kind: 'resource',
    sections: ['owner', 'system', 'dependsOn', 'dependedOnBy'],
    blastRadius: {
      follows: [dependents],
      throughParts: false,
      summary: 'entities that depend on it, then theirs',
    },
  },
  {
    kind: 'system',
    sections: ['owner', 'domain', 'parts', 'dependsOn', 'dependedOnBy'],
    blastRadius: {
      follows: [dependents],
      throughParts: true,
      summary:
        'entities outside the system that depend on it or on one of its parts, or consume an API a part provides, then theirs',
    },
  },
  {
    kind: 'domain',
    sections: [
      'owner',
      'subdomainOf',
      'domainParts',
      'dependsOn',
      'dependedOnBy',
    ],
    blastRadius: {
      follows: [dependents],
      throughParts: true,
      summary:
        'entities outside the domain that depend on it or on a part of its systems and subdomains, or consume an API such a part provides, then theirs',
    },
  },
  {
    kind: 'group',
    sections: ['parentGroup', 'childGroups', 'members', 'owns'],
    blastRadius: { follows: [], throughParts: false, summary: NO_BLAST_RADIUS },
  },
  {
    kind: 'user',
    sections: ['memberOf', 'owns'],
    blastRadius: { follows: [], throughParts: false, summary: NO_BLAST_RADIUS },
  },
  {
    kind: '*',
    sections: ['owner', 'system', 'dependsOn', 'dependedOnBy'],
    blastRadius: {
      follows: [dependents],
      throughParts: false,
      summary: 'entities that depend on it, then theirs',
    },
  },
];

/**
 * The row of the table for a kind (any case), or the `*` row for kinds the
 * table does not name (`AiResource`, `Template`, kinds added by modules).
 *
 * @public
 */
export function contextRelationsOf(kind: string): KindRelations {
  const lower = kind.toLocaleLowerCase('en-US');
  return (
    CONTEXT_RELATIONS.find(row => row.kind === lower) ??
    CONTEXT_RELATIONS[CONTEXT_RELATIONS.length - 1]
  );
}

/**
 * Whether the context of an entity of this kind carries the section.
 *
 * @public
 */
export function carriesSection(
  kind: string,
  section: ContextRelationSectionId,
): boolean {
  return contextRelationsOf(kind).sections.includes(section);
}
