import { JsonObject } from '@backstage/types';
import {
  ContextSkill,
  ConventionCategory,
  ConventionSeverity,
  ConventionSourceId,
} from './Convention';

/**
 * A catalog entity that the context refers to, summarised to the facts an
 * agent needs to decide whether to look further.
 *
 * @public
 */
export interface RelatedEntity {
  /** Full entity ref, e.g. `component:default/payments-api`. */
  ref: string;
  /** The entity's kind, as the catalog spells it. */
  kind: string;
  /** `spec.type`, where the kind has one. */
  type?: string;
  /** `metadata.title`, if it has one. */
  title?: string;
  /** First line of `metadata.description`. */
  description?: string;
  /** Ref of the owner (`spec.owner`), where the kind has one. */
  owner?: string;
  /** `spec.lifecycle`, where the kind has one. */
  lifecycle?: string;
  /**
   * False when a relation points at an entity that is not in the catalog (or
   * that the caller may not read): the ref is kept so the gap is visible.
   */
  resolved: boolean;
}

/**
 * A link from `metadata.links`.
 *
 * @public
 */
export interface EntityContextLink {
  /** Where the link points. */
  url: string;
  /** The link's title, if it has one. */
  title?: string;
  /** The link's type, e.g. `chat` or `dashboard`, if it has one. */
  type?: string;
}

/**
 * The target entity itself.
 *
 * @public
 */
export interface EntityContextSubject {
  /** Full entity ref, e.g. `component:default/payments-api`. */
  ref: string;
  /** The entity's kind, as the catalog spells it. */
  kind: string;
  /** `metadata.namespace`. */
  namespace: string;
  /** `metadata.name`. */
  name: string;
  /** `metadata.title`, if it has one. */
  title?: string;
  /** `spec.type`, where the kind has one. */
  type?: string;
  /** `metadata.description`, if it has one. */
  description?: string;
  /** `spec.lifecycle`, where the kind has one. */
  lifecycle?: string;
  /** `metadata.tags`; empty when it has none. */
  tags: string[];
  /** `metadata.links`; empty when it has none. */
  links: EntityContextLink[];
  /** Ref of the system this entity is part of, if any. */
  system?: string;
  /** Ref of the domain of that system (or of this entity, for a system). */
  domain?: string;
  /** `backstage.io/source-location`, without its `url:` prefix. */
  sourceLocation?: string;
  /** `backstage.io/techdocs-ref` or a documentation link, if any. */
  docsUrl?: string;
}

/**
 * A group or user in an ownership chain.
 *
 * @public
 */
export interface OwnerSummary {
  /** Full entity ref, e.g. `group:default/checkout-team`. */
  ref: string;
  /** `Group` or `User`, as the catalog spells it. */
  kind: string;
  /** `spec.profile.displayName`, else the entity title, else its name. */
  displayName: string;
  /** `spec.profile.email`, if it has one. */
  email?: string;
  /** `spec.type` of a group (team, department, ...). */
  type?: string;
  /** Contact links from the owner's `metadata.links` (chat, on-call, ...). */
  links?: EntityContextLink[];
  /** False when the ref names an entity the catalog lacks or the caller may not read. */
  resolved: boolean;
}

/**
 * Who owns the entity, and the groups above that owner.
 *
 * @public
 */
export interface EntityOwnership {
  /** The owner named by the entity's `ownedBy` relation, if it has one. */
  owner?: OwnerSummary;
  /**
   * The owner's parent groups, nearest first, up to the root. Bounded, and
   * safe against cycles in the group hierarchy.
   */
  parents: OwnerSummary[];
  /**
   * Members of the owning group (`hasMember`), by name; at most
   * `membersLimit` of them. Empty when the owner is a user.
   */
  members: OwnerSummary[];
  /** How many members the group has in all, including those left out. */
  memberCount: number;
}

/**
 * Where an entity sits in the organisation, as the codex reads it: the
 * scopes its conventions are inherited from. Computed once per context from
 * the catalog, to the root of the group hierarchy and safe against cycles,
 * whatever `ownership.parents` is trimmed to for display; conventions are
 * resolved and writes are checked against this, never against the display
 * chain.
 *
 * @public
 */
export interface EntityPlacement {
  /**
   * Lower-case refs of the groups whose conventions the entity inherits,
   * nearest first: its owner and every group above that owner to the root.
   * For a group, the groups above it. Empty for an entity with no owner.
   */
  ownerChain: string[];
  /** Lower-case ref of its system; absent for systems, domains and groups. */
  system?: string;
  /** Lower-case ref of the domain of its system (or its own, for a system). */
  domain?: string;
}

/**
 * Direct dependencies in both directions.
 *
 * @public
 */
export interface EntityDependencies {
  /** Entities this one depends on (`dependsOn`). */
  dependsOn: RelatedEntity[];
  /** Entities that depend on this one (`dependencyOf`). */
  dependedOnBy: RelatedEntity[];
}

/**
 * An API the entity provides or consumes, with everyone on either side of it.
 *
 * @public
 */
export interface ApiUsage {
  /** The API entity. */
  api: RelatedEntity;
  /** Entities that provide the API (`apiProvidedBy`). */
  providers: RelatedEntity[];
  /** Entities that consume the API (`apiConsumedBy`). */
  consumers: RelatedEntity[];
}

/**
 * The APIs of an entity, both ways.
 *
 * @public
 */
export interface EntityApis {
  /** The APIs the entity provides (`providesApi`). */
  provides: ApiUsage[];
  /** The APIs the entity consumes (`consumesApi`). */
  consumes: ApiUsage[];
}

/**
 * The system the entity belongs to, its domain and its other parts. For a
 * system, the system itself with its own domain and parts.
 *
 * @public
 */
export interface EntitySystemContext {
  /** The system. */
  system: RelatedEntity;
  /** The system's domain, if it has one. */
  domain?: RelatedEntity;
  /**
   * The system's parts (`hasPart`), without the entity itself, by ref; at
   * most the parts bound of them.
   */
  parts: RelatedEntity[];
  /** How many such parts there are in all, including those left out. */
  partCount: number;
}

/**
 * An API's own relations: whom a change to its definition concerns.
 *
 * @public
 */
export interface EntityApiSides {
  /** Entities that provide the API (`apiProvidedBy`). */
  providedBy: RelatedEntity[];
  /** Entities that consume it (`apiConsumedBy`): whom a change can break. */
  consumedBy: RelatedEntity[];
}

/**
 * A component's place among components (`spec.subcomponentOf`, which the
 * catalog records as `partOf` and `hasPart` between components).
 *
 * @public
 */
export interface EntityComponentParts {
  /** The component this one is a subcomponent of, if any. */
  subcomponentOf?: RelatedEntity;
  /** Its own subcomponents, by ref; at most the parts bound of them. */
  subcomponents: RelatedEntity[];
  /** How many subcomponents it has in all. */
  subcomponentCount: number;
}

/**
 * A domain's place: the domain above it and what it is made of.
 *
 * @public
 */
export interface EntityDomainContext {
  /** The domain this one is a subdomain of (`partOf`), if any. */
  subdomainOf?: RelatedEntity;
  /**
   * Its systems and subdomains (`hasPart`), by ref; at most the parts bound
   * of them.
   */
  parts: RelatedEntity[];
  /** How many parts it has in all. */
  partCount: number;
}

/**
 * A group's place in the organisation.
 *
 * @public
 */
export interface EntityGroupContext {
  /**
   * The group's parent (`childOf`) and that parent's ancestors, nearest
   * first, up to the root. Bounded, and safe against cycles.
   */
  parents: OwnerSummary[];
  /** Its child groups (`parentOf`), by ref; bounded. */
  children: OwnerSummary[];
  /** How many child groups it has in all. */
  childCount: number;
  /** Its members (`hasMember`), by ref; bounded. */
  members: OwnerSummary[];
  /** How many members it has in all. */
  memberCount: number;
}

/**
 * The groups a user belongs to.
 *
 * @public
 */
export interface EntityUserContext {
  /** Groups the user is a member of (`memberOf`), by ref; bounded. */
  memberOf: OwnerSummary[];
  /** How many groups in all. */
  memberOfCount: number;
}

/**
 * What a group or user owns (`ownerOf`).
 *
 * @public
 */
export interface EntityOwnedEntities {
  /** The owned entities, by ref; bounded. */
  entities: RelatedEntity[];
  /** How many it owns in all, including those left out. */
  count: number;
}

/**
 * An entity affected by a change to the target: it depends on the target or
 * consumes one of its APIs, directly or through others.
 *
 * @public
 */
export interface BlastRadiusEntry extends RelatedEntity {
  /** 1 for direct dependents and consumers, 2 for theirs, and so on. */
  depth: number;
  /**
   * The ref this entry was reached from: the target at depth 1, or for a
   * system or domain the part it was reached from.
   */
  via: string;
  /**
   * How it is affected: it depends on `via`, or consumes an API (`via`
   * itself, or one that `via` provides).
   */
  relation: 'dependsOn' | 'consumesApi';
  /** For `consumesApi`: the API it consumes. */
  api?: string;
}

/**
 * Who is affected by a change to the entity, transitively and bounded.
 *
 * @public
 */
export interface BlastRadius {
  /** Who is affected, nearest first. */
  entries: BlastRadiusEntry[];
  /** The depth the walk stopped at. */
  maxDepth: number;
  /** True when the depth or count bound left entities out. */
  truncated: boolean;
}

/**
 * A convention that applies to the entity, as its context carries it;
 * rendered into AGENTS.md by category and severity.
 *
 * @public
 */
export interface ContextConvention {
  /** Stable id, unique within its scope, e.g. `SEC-004`. */
  id: string;
  /** A rule, a command or a boundary. */
  category: ConventionCategory;
  /** One line, what the convention says. */
  title: string;
  /** Markdown written by the convention's owner. */
  body: string;
  /** For rules only. */
  severity?: ConventionSeverity;
  /** Where it comes from, e.g. `global`, `group:default/checkout-team`. */
  scope: string;
  /** How it is kept; absent in contexts from before sources existed. */
  source?: ConventionSourceId;
  /** Whether narrower scopes may neither override nor waive it. */
  enforced?: boolean;
  /** A catalog rule's rationale. */
  rationale?: string;
  /** A catalog rule's own subject category, e.g. `security`. */
  topic?: string;
  /** Where a read-only convention lives (config key, file URL, entity ref). */
  location?: string;
  /** Who owns where it lives: for a catalog rule, its `AiResource`'s owner. */
  locationOwner?: string;
  /** The inherited conventions with the same id that this one overrides. */
  overrides?: Array<{ scope: string; source: ConventionSourceId }>;
}

/**
 * A section that an installed backend module added to the context (a
 * context contributor, see `@agent-context/plugin-agent-context-node`),
 * such as the entity's on-call rota or its SLOs.
 *
 * @public
 */
export interface ContextSection {
  /** The contributor's id, e.g. `on-call`; one section per id. */
  id: string;
  /** The section's heading in AGENTS.md. */
  title: string;
  /**
   * Where the token budget places it: lower priorities are left out first,
   * on the same scale as the built-in material (see
   * `AGENTS_MD_BUDGET_PRIORITIES`).
   */
  priority: number;
  /** The section's facts, for agents that read the JSON. */
  data: JsonObject;
  /**
   * Its body in AGENTS.md, as Markdown without invisible characters and
   * with bare web and mail addresses in code spans; the document shows it
   * under the title, sanitised as convention bodies are. Empty when the
   * section is in the JSON only.
   */
  markdown: string;
}

/**
 * Everything an agent is told about one catalog entity.
 *
 * @public
 */
export interface EntityContext {
  /** The entity itself. */
  entity: EntityContextSubject;
  /** Its owner, the groups above and the owning group's members. */
  ownership: EntityOwnership;
  /** What it depends on and what depends on it. */
  dependencies: EntityDependencies;
  /** The APIs it provides and consumes, with both sides of each. */
  apis: EntityApis;
  /** Absent when the entity is not part of a system (and not one). */
  system?: EntitySystemContext;
  /** APIs only: their providers and consumers. */
  api?: EntityApiSides;
  /** Components only: the component above and the subcomponents. */
  component?: EntityComponentParts;
  /** Domains only: the parent domain, the systems and subdomains. */
  domain?: EntityDomainContext;
  /** Groups only: parent chain, child groups and members. */
  group?: EntityGroupContext;
  /** Users only: their groups. */
  user?: EntityUserContext;
  /** Groups and users only: what they own. */
  owns?: EntityOwnedEntities;
  /**
   * Who a change can affect. Which relations the walk follows depends on
   * the kind (see `contextRelationsOf`); empty for groups and users.
   */
  blastRadius: BlastRadius;
  /** The scopes the entity's conventions come from. */
  placement: EntityPlacement;
  /** The conventions that apply, broadest scope first. */
  conventions: ContextConvention[];
  /** The catalog's `AiResource` skills for the entity's system or owners. */
  skills: ContextSkill[];
  /**
   * What installed modules added, highest priority first, then by id.
   * Absent when no module added anything.
   */
  sections?: ContextSection[];
  /** When and from which catalog and conventions the context was built. */
  metadata: {
    /** ISO 8601 time at which the context was assembled. */
    generatedAt: string;
    /**
     * A digest of the catalog state the context was built from (the etags of
     * every entity it read). Changes whenever any of them changes.
     */
    catalogRevision: string;
    /** A digest of the conventions that went into it. */
    conventionsRevision: string;
    /**
     * A digest of the context's content (everything but `generatedAt` and
     * this field), usable as an ETag: same catalog and conventions, same hash.
     */
    contentHash: string;
  };
}

/**
 * The limits an AGENTS.md was fitted to; a limit that is absent did not
 * apply, and an empty budget means the whole document.
 *
 * @public
 */
export interface AgentsMdBudget {
  /** Most tokens, counted with the backend's tokenizer. */
  maxTokens?: number;
  /** Most lines. */
  maxLines?: number;
}

/**
 * An entity's AGENTS.md as the JSON form of the agents.md endpoint returns it.
 *
 * @public
 */
export interface AgentsMdDocument {
  /** The entity's full ref. */
  entityRef: string;
  /** The AGENTS.md text. */
  markdown: string;
  /** Tokens in `markdown`, counted with the backend's tokenizer. */
  tokens: number;
  /** Lines in `markdown` (a final newline starts no line). */
  lines: number;
  /**
   * The budget the document was fitted to: the one the caller asked for,
   * or the portal's default when it asked for none (`{}`: no limit).
   */
  budget: AgentsMdBudget;
  /** What the budget left out, lowest priority first; empty when nothing was. */
  omitted: string[];
  /** True when even the parts never cut exceed the budget. */
  overBudget: boolean;
  /** The context's content hash, as in the document's header and ETag. */
  contentHash: string;
}
