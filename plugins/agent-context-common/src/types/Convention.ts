import { JsonObject } from '@backstage/types';

/**
 * What a convention tells an agent: a rule to follow, a command to run, or a
 * boundary not to cross.
 *
 * @public
 */
export type ConventionCategory = 'rule' | 'command' | 'boundary';

/** How strongly a rule binds, as RFC 2119 words. @public */
export type ConventionSeverity = 'must' | 'should' | 'may';

/**
 * The convention sources the suite ships. Only `database` conventions are
 * edited in the portal; the others are edited where they live.
 *
 * - `database`: written in the portal or through the API;
 * - `config`: the org codex shipped in app-config (`agentContext.conventions.global`);
 * - `repository`: a YAML file in the entity's repository (conventions as code);
 * - `catalog`: an `AiResource` entity of type `rule`.
 *
 * @public
 */
export type BuiltInConventionSourceId =
  | 'database'
  | 'config'
  | 'repository'
  | 'catalog';

/**
 * Where a convention is kept: one of the built-in sources
 * (`BuiltInConventionSourceId`), or the id of a source that a backend
 * module added (lower-case letters, digits and dashes, e.g. `handbook`).
 * Conventions of an added source are read-only, like every source but
 * `database`; clients that do not know the id show it as it is.
 *
 * @public
 */
export type ConventionSourceId = string;

/**
 * Where a convention is kept.
 *
 * @public
 * @deprecated Use `ConventionSourceId`. Backend modules implement the
 * `ConventionSource` interface of `@agent-context/plugin-agent-context-node`,
 * which is a source itself rather than its id.
 */
export type ConventionSource = ConventionSourceId;

/**
 * What an entry at a scope does: `define` states a convention (and, when a
 * broader scope has the same id, overrides it); `waive` switches an inherited
 * convention off for this scope, with a reason.
 *
 * @public
 */
export type ConventionAction = 'define' | 'waive';

/**
 * The scope a convention is recorded at: `global` (the org codex) or the
 * full ref of a domain, system, group or other catalog entity.
 *
 * @public
 */
export type ConventionScope = string;

/** The scope id of the org codex. @public */
export const GLOBAL_SCOPE = 'global';

/**
 * What an editor writes. A waiver needs only `id`, `action: 'waive'` and
 * `reason`; everything else describes the convention itself.
 *
 * @public
 */
export interface ConventionInput {
  /** Letters, digits and dashes, unique within the scope, e.g. `SEC-004`. */
  id: string;
  /** Defaults to `define`. */
  action?: ConventionAction;
  /** A rule, a command or a boundary; required when defining. */
  category?: ConventionCategory;
  /** One line, what the convention says; required when defining. */
  title?: string;
  /** Markdown. */
  body?: string;
  /** Rules only; required for them. */
  severity?: ConventionSeverity;
  /**
   * Which entities it applies to, as a Backstage filter predicate over the
   * entity (e.g. `{ kind: 'component', 'spec.type': 'service' }`). Absent:
   * every entity in the scope.
   */
  appliesTo?: JsonObject;
  /** An enforced convention can be neither overridden nor waived below. */
  enforced?: boolean;
  /** Why a waiver (or an override) was made. Required for a waiver. */
  reason?: string;
}

/**
 * An update names the revision it was based on; a stale one is refused
 * with 409 and the current version.
 *
 * @public
 */
export interface ConventionUpdate extends ConventionInput {
  /** The stored revision this update was made from. */
  revision: number;
}

/**
 * A convention as recorded at one scope.
 *
 * @public
 */
export interface Convention {
  /** Unique within its scope, and the key that narrower scopes override or waive. */
  id: string;
  /** The scope it is recorded at. */
  scope: ConventionScope;
  /** Where it is kept, and so where it is edited. */
  source: ConventionSourceId;
  /** Whether this entry defines a convention or waives an inherited one. */
  action: ConventionAction;
  /** A rule, a command or a boundary. */
  category: ConventionCategory;
  /** One line, what the convention says. */
  title: string;
  /** Markdown; empty for a waiver. */
  body: string;
  /** Rules only. */
  severity?: ConventionSeverity;
  /** The filter predicate over entities that it applies to; absent: every entity in the scope. */
  appliesTo?: JsonObject;
  /** Whether narrower scopes are refused when they override or waive it. */
  enforced: boolean;
  /** Why an override or a waiver was made. */
  reason?: string;
  /**
   * Where a read-only convention lives: the config key, the file URL, or the
   * `AiResource` entity ref.
   */
  location?: string;
  /**
   * Who owns where a read-only convention lives: for a catalog rule, the
   * owner of its `AiResource`, which is what entitles it to its scope.
   */
  locationOwner?: string;
  /** A catalog rule's `spec.rationale`. */
  rationale?: string;
  /**
   * A catalog rule's own `spec.category`, the subject it is about (e.g.
   * `security`, `reliability`); not to be confused with `category`.
   */
  topic?: string;
  /** Increases with every write; 0 for conventions not kept in the database. */
  revision: number;
  /** The user ref of who created it; database conventions only. */
  createdBy?: string;
  /** When it was created (ISO 8601); database conventions only. */
  createdAt?: string;
  /** The user ref of who last changed it; database conventions only. */
  updatedBy?: string;
  /** When it was last changed (ISO 8601); database conventions only. */
  updatedAt?: string;
}

/**
 * A convention that applies to an entity, with where it came from and what
 * it replaced.
 *
 * @public
 */
export interface ResolvedConvention extends Convention {
  /** The inherited conventions with the same id that this one overrides. */
  overrides?: Array<{ scope: ConventionScope; source: ConventionSourceId }>;
}

/**
 * An inherited convention switched off for the entity, and by whom.
 *
 * @public
 */
export interface WaivedConvention extends Convention {
  /** The waiver: its scope and reason, and who wrote it when. */
  waivedBy: {
    scope: ConventionScope;
    reason: string;
    by?: string;
    at?: string;
  };
}

/**
 * An entry the resolution refused, such as an override of an enforced
 * convention, with the reason.
 *
 * @public
 */
export interface ConventionConflict {
  /** The id of the refused entry. */
  id: string;
  /** The scope the refused entry is recorded at. */
  scope: ConventionScope;
  /** Where the refused entry is kept. */
  source: ConventionSourceId;
  /** Why it was refused. */
  message: string;
}

/**
 * One level of an entity's scope path.
 *
 * @public
 */
export interface ConventionScopeLevel {
  /** The scope: `global` or a lower-case entity ref. */
  scope: ConventionScope;
  /** What the scope is to the entity. */
  level: 'global' | 'domain' | 'system' | 'group' | 'entity';
}

/**
 * An `AiResource` skill that applies to an entity.
 *
 * @public
 */
export interface ContextSkill {
  /** The `AiResource` entity's ref. */
  ref: string;
  /** The entity's `metadata.name`. */
  name: string;
  /** The entity's `metadata.title`. */
  title?: string;
  /** The entity's `metadata.description`. */
  description?: string;
  /** Where its SKILL.md lives (`backstage.io/source-location`). */
  sourceLocation?: string;
  /** The system or owner it belongs to. */
  scope: ConventionScope;
}

/**
 * A catalog `AiResource` that names a scope but was not applied there,
 * because its owner is not among that scope's owners: anyone who can
 * register an entity could otherwise file rules for any system.
 *
 * @public
 */
export interface UnverifiedCatalogResource {
  /** The `AiResource` entity's ref. */
  ref: string;
  /** `rule` or `skill`. */
  type: string;
  /** Its `metadata.title`, else its name. */
  title: string;
  /** Its owner's ref, if it names one. */
  owner?: string;
  /** The scope it names. */
  scope: ConventionScope;
  /** Why it was not applied, naming who may file rules for the scope. */
  reason: string;
}

/**
 * Everything known about an entity's conventions.
 *
 * @public
 */
export interface ConventionResolution {
  /** The entity resolved for, as a lower-case ref. */
  entityRef: string;
  /** The scopes searched, broadest first. */
  path: ConventionScopeLevel[];
  /** What applies, in path order. */
  conventions: ResolvedConvention[];
  /** Inherited conventions that a narrower scope switched off. */
  waived: WaivedConvention[];
  /** Entries the resolution refused, with the reason for each. */
  conflicts: ConventionConflict[];
  /** The catalog's skills for the entity's system or owners. */
  skills: ContextSkill[];
}

/**
 * The conventions-as-code file of a scope entity, and whether its last read
 * worked.
 *
 * @public
 */
export interface RepositoryConventionsStatus {
  /** The file's URL. */
  location: string;
  /** When it was last read successfully, if ever. */
  lastGoodAt?: string;
  /** When a read was last tried, whether it worked or not. */
  lastCheckedAt?: string;
  /** Why the last read failed or the file was refused; absent when it worked. */
  error?: string;
}

/**
 * One scope's own conventions, as an editor sees them.
 *
 * @public
 */
export interface ConventionScopeView {
  /** The scope shown. */
  scope: ConventionScope;
  /** Every source's entries at this scope; read-only ones say where they live. */
  conventions: Convention[];
  /** Whether the caller may write this scope's `database` conventions. */
  canEdit: boolean;
  /** Who may edit, for read-only viewers to ask: owner or admin group refs. */
  editors: string[];
  /** The scope's conventions-as-code file, when its entity names one. */
  repository?: RepositoryConventionsStatus;
  /**
   * Catalog rules and skills that name this scope but were not applied,
   * because their owner does not own the scope; absent when there are none.
   */
  unverified?: UnverifiedCatalogResource[];
}

/**
 * One change in a scope's append-only history.
 *
 * @public
 */
export interface ConventionHistoryEntry {
  /** The scope of the convention changed. */
  scope: ConventionScope;
  /** The id of the convention changed. */
  conventionId: string;
  /** The revision the change produced (for a delete, the one it removed). */
  revision: number;
  /** What the change did. */
  change: 'create' | 'update' | 'delete';
  /** The user ref of who made the change. */
  author: string;
  /** When the change was made (ISO 8601). */
  at: string;
  /** The convention before the change; absent for a create. */
  before?: Convention;
  /** The convention after the change; absent for a delete. */
  after?: Convention;
}

/**
 * The body of a 409: the update or deletion was based on a stale revision;
 * `current` is what is stored now, absent if it was deleted.
 *
 * @public
 */
export interface ConventionConflictResponse {
  /** The error, named `ConflictError`. */
  error: { name: string; message: string };
  /** The stored version; absent if it was deleted. */
  current?: Convention;
}
