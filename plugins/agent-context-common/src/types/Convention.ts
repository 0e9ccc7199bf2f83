import { z } from 'zod/v4';
import {
  CONVENTION_BODY_MAX_LENGTH,
  CONVENTION_ID_MAX_LENGTH,
  CONVENTION_ID_PATTERN,
  CONVENTION_REASON_MAX_LENGTH,
  CONVENTION_TITLE_MAX_LENGTH,
} from './conventionLimits';
import { jsonObject } from './jsonObject';

// Each type that crosses the HTTP API is inferred from its zod schema; the
// backend's tests hold the OpenAPI document to the same schemas. The
// `.describe()` texts are the document's field descriptions.

/** The schema of `ConventionCategory`. @public */
export const conventionCategorySchema = z.enum(
  ['rule', 'command', 'boundary'],
  {
    error: 'is not one of rule, command, boundary',
  },
);

/**
 * What a convention tells an agent: a rule to follow, a command to run, or a
 * boundary not to cross.
 *
 * @public
 */
export type ConventionCategory = z.infer<typeof conventionCategorySchema>;

/** Every convention category, in the order editors offer them. @public */
export const CONVENTION_CATEGORIES: readonly ConventionCategory[] =
  conventionCategorySchema.options;

/** The schema of `ConventionSeverity`. @public */
export const conventionSeveritySchema = z.enum(['must', 'should', 'may'], {
  error: 'is not one of must, should, may',
});

/** How strongly a rule binds, as RFC 2119 words. @public */
export type ConventionSeverity = z.infer<typeof conventionSeveritySchema>;

/** Every severity, strongest first. @public */
export const CONVENTION_SEVERITIES: readonly ConventionSeverity[] =
  conventionSeveritySchema.options;

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

/** The schema of `ConventionSourceId`. @public */
export const conventionSourceIdSchema = z
  .string()
  .describe(
    'Where a convention is kept: database (edited in the portal and the ' +
      'API), config (the org codex in app-config), repository (a ' +
      'conventions-as-code file), catalog (an AiResource rule), or the id ' +
      'of a source a backend module added. Only database conventions are ' +
      'edited through the API.',
  );

/**
 * Where a convention is kept: one of the built-in sources
 * (`BuiltInConventionSourceId`), or the id of a source that a backend
 * module added (lower-case letters, digits and dashes, e.g. `handbook`).
 * Conventions of an added source are read-only, like every source but
 * `database`; clients that do not know the id show it as it is.
 *
 * @public
 */
export type ConventionSourceId = z.infer<typeof conventionSourceIdSchema>;

/**
 * Where a convention is kept.
 *
 * @public
 * @deprecated Use `ConventionSourceId`. Backend modules implement the
 * `ConventionSource` interface of `@agent-context/plugin-agent-context-node`,
 * which is a source itself rather than its id.
 */
export type ConventionSource = ConventionSourceId;

/** The schema of `ConventionAction`. @public */
export const conventionActionSchema = z.enum(['define', 'waive'], {
  error: 'is not one of define, waive',
});

/**
 * What an entry at a scope does: `define` states a convention (and, when a
 * broader scope has the same id, overrides it); `waive` switches an inherited
 * convention off for this scope, with a reason.
 *
 * @public
 */
export type ConventionAction = z.infer<typeof conventionActionSchema>;

/**
 * The scope a convention is recorded at: `global` (the org codex) or the
 * full ref of a domain, system, group or other catalog entity.
 *
 * @public
 */
export type ConventionScope = string;

/** The scope id of the org codex. @public */
export const GLOBAL_SCOPE = 'global';

// PostgreSQL text cannot hold NUL at all, and a lone surrogate is no
// character: written to the database it would come back as U+FFFD.
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text an editor writes, at most `maxLength` characters, that the database can keep. */
function conventionText(maxLength: number) {
  return z
    .string({ error: 'must be a string' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine(value => !NUL.test(value), {
      error: 'must not contain NUL characters',
    })
    .refine(value => !LONE_SURROGATE.test(value), {
      error:
        'must be valid Unicode text, without unpaired surrogate code units',
    });
}

/**
 * The schema of `ConventionInput`: each field's type and form, and no field
 * besides them. What a field needs given the others (a title to define, a
 * reason to waive, a severity for rules only) is `conventionInputProblems`'
 * to say. Its messages are the problems' wording, without the field's name.
 *
 * @public
 */
export const conventionInputSchema = z
  .strictObject({
    /** Letters, digits and dashes, unique within the scope, e.g. `SEC-004`. */
    id: z
      .string({ error: 'is required' })
      .min(1, { error: 'is required' })
      .max(CONVENTION_ID_MAX_LENGTH, {
        error: `must be at most ${CONVENTION_ID_MAX_LENGTH} characters`,
      })
      .regex(CONVENTION_ID_PATTERN, {
        error: 'must be letters, digits and single dashes, e.g. SEC-004',
      })
      .describe(
        `Letters, digits and single dashes, at most ${CONVENTION_ID_MAX_LENGTH}, unique in the scope.`,
      ),
    /** Defaults to `define`. */
    action: conventionActionSchema
      .describe('define (default) or waive.')
      .optional(),
    /** A rule, a command or a boundary; required when defining. */
    category: conventionCategorySchema
      .describe('rule, command or boundary.')
      .optional(),
    /** One line, what the convention says; required when defining. */
    title: conventionText(CONVENTION_TITLE_MAX_LENGTH)
      .describe(`At most ${CONVENTION_TITLE_MAX_LENGTH} characters.`)
      .optional(),
    /** Markdown. */
    body: conventionText(CONVENTION_BODY_MAX_LENGTH)
      .describe(`Markdown, at most ${CONVENTION_BODY_MAX_LENGTH} characters.`)
      .optional(),
    /** Rules only; required for them. */
    severity: conventionSeveritySchema
      .describe('must, should or may; rules only, and required for them.')
      .optional(),
    /**
     * Which entities it applies to, as a Backstage filter predicate over the
     * entity (e.g. `{ kind: 'component', 'spec.type': 'service' }`). Absent:
     * every entity in the scope.
     */
    appliesTo: jsonObject({ error: 'must be a filter predicate object' })
      .describe('A Backstage filter predicate.')
      .optional(),
    /** An enforced convention can be neither overridden nor waived below. */
    enforced: z.boolean({ error: 'must be true or false' }).optional(),
    /** Why a waiver (or an override) was made. Required for a waiver. */
    reason: conventionText(CONVENTION_REASON_MAX_LENGTH)
      .describe('Required for a waiver.')
      .optional(),
  })
  .describe(
    'A convention as an editor writes it. The backend validates it and ' +
      'answers 400 naming every field that is wrong. A waiver needs only ' +
      'id, action waive and reason. Text fields may not hold NUL characters ' +
      'or unpaired surrogates, and unknown fields are refused.',
  );

/**
 * What an editor writes. A waiver needs only `id`, `action: 'waive'` and
 * `reason`; everything else describes the convention itself.
 *
 * @public
 */
export type ConventionInput = z.infer<typeof conventionInputSchema>;

/** The schema of `ConventionUpdate`. @public */
export const conventionUpdateSchema = conventionInputSchema.extend({
  /** The stored revision this update was made from. */
  revision: z
    .number()
    .int()
    .describe(
      'For updates, the revision the edit was based on: a whole number ' +
        'from 1 to 2147483647.',
    ),
});

/**
 * An update names the revision it was based on; a stale one is refused
 * with 409 and the current version.
 *
 * @public
 */
export type ConventionUpdate = z.infer<typeof conventionUpdateSchema>;

/** The schema of `Convention`. @public */
export const conventionSchema = z
  .object({
    /** Unique within its scope, and the key that narrower scopes override or waive. */
    id: z.string(),
    /** The scope it is recorded at. */
    scope: z.string().describe('global, or the entity ref of the scope.'),
    /** Where it is kept, and so where it is edited. */
    source: conventionSourceIdSchema,
    /** Whether this entry defines a convention or waives an inherited one. */
    action: conventionActionSchema,
    /** A rule, a command or a boundary. */
    category: conventionCategorySchema,
    /** One line, what the convention says. */
    title: z.string(),
    /** Markdown; empty for a waiver. */
    body: z.string(),
    /** Rules only. */
    severity: conventionSeveritySchema.optional(),
    /** The filter predicate over entities that it applies to; absent: every entity in the scope. */
    appliesTo: jsonObject()
      .describe('A Backstage filter predicate over the entity.')
      .optional(),
    /** Whether narrower scopes are refused when they override or waive it. */
    enforced: z.boolean(),
    /** Why an override or a waiver was made. */
    reason: z.string().optional(),
    /**
     * Where a read-only convention lives: the config key, the file URL, or the
     * `AiResource` entity ref.
     */
    location: z
      .string()
      .describe('Where a read-only convention lives.')
      .optional(),
    /**
     * Who owns where a read-only convention lives: for a catalog rule, the
     * owner of its `AiResource`, which is what entitles it to its scope.
     */
    locationOwner: z
      .string()
      .describe(
        "A catalog rule's AiResource owner, which entitles it to its scope.",
      )
      .optional(),
    /** A catalog rule's `spec.rationale`. */
    rationale: z.string().optional(),
    /**
     * A catalog rule's own `spec.category`, the subject it is about (e.g.
     * `security`, `reliability`); not to be confused with `category`.
     */
    topic: z
      .string()
      .describe("A catalog rule's own spec.category, e.g. security.")
      .optional(),
    /** Increases with every write; 0 for conventions not kept in the database. */
    revision: z
      .number()
      .int()
      .describe('0 for conventions not kept in the database.'),
    /** The user ref of who created it; database conventions only. */
    createdBy: z.string().optional(),
    /** When it was created (ISO 8601); database conventions only. */
    createdAt: z.string().optional(),
    /** The user ref of who last changed it; database conventions only. */
    updatedBy: z.string().optional(),
    /** When it was last changed (ISO 8601); database conventions only. */
    updatedAt: z.string().optional(),
  })
  .describe('A convention as recorded at one scope, from any source.');

/**
 * A convention as recorded at one scope.
 *
 * @public
 */
export type Convention = z.infer<typeof conventionSchema>;

/** An inherited convention that one with the same id overrides: where it is. */
export const overriddenConventionSchema = z.object({
  scope: z.string(),
  source: conventionSourceIdSchema,
});

/** The schema of `ResolvedConvention`. @public */
export const resolvedConventionSchema = conventionSchema.extend({
  /** The inherited conventions with the same id that this one overrides. */
  overrides: z.array(overriddenConventionSchema).optional(),
});

/**
 * A convention that applies to an entity, with where it came from and what
 * it replaced.
 *
 * @public
 */
export type ResolvedConvention = z.infer<typeof resolvedConventionSchema>;

/** The schema of `WaivedConvention`. @public */
export const waivedConventionSchema = conventionSchema.extend({
  /** The waiver: its scope and reason, and who wrote it when. */
  waivedBy: z.object({
    scope: z.string(),
    reason: z.string(),
    by: z.string().optional(),
    at: z.string().optional(),
  }),
});

/**
 * An inherited convention switched off for the entity, and by whom.
 *
 * @public
 */
export type WaivedConvention = z.infer<typeof waivedConventionSchema>;

/** The schema of `ConventionConflict`. @public */
export const conventionConflictSchema = z.object({
  /** The id of the refused entry. */
  id: z.string(),
  /** The scope the refused entry is recorded at. */
  scope: z.string(),
  /** Where the refused entry is kept. */
  source: conventionSourceIdSchema,
  /** Why it was refused. */
  message: z.string(),
});

/**
 * An entry the resolution refused, such as an override of an enforced
 * convention, with the reason.
 *
 * @public
 */
export type ConventionConflict = z.infer<typeof conventionConflictSchema>;

/** The schema of `ConventionScopeLevel`. @public */
export const conventionScopeLevelSchema = z.object({
  /** The scope: `global` or a lower-case entity ref. */
  scope: z.string(),
  /** What the scope is to the entity. */
  level: z.enum(['global', 'domain', 'system', 'group', 'entity']),
});

/**
 * One level of an entity's scope path.
 *
 * @public
 */
export type ConventionScopeLevel = z.infer<typeof conventionScopeLevelSchema>;

/** The schema of `ContextSkill`. @public */
export const contextSkillSchema = z
  .object({
    /** The `AiResource` entity's ref. */
    ref: z.string(),
    /** The entity's `metadata.name`. */
    name: z.string(),
    /** The entity's `metadata.title`. */
    title: z.string().optional(),
    /** The entity's `metadata.description`. */
    description: z.string().optional(),
    /** Where its SKILL.md lives (`backstage.io/source-location`). */
    sourceLocation: z.string().optional(),
    /** The system or owner it belongs to. */
    scope: z.string(),
  })
  .describe('An AiResource skill that applies to the entity.');

/**
 * An `AiResource` skill that applies to an entity.
 *
 * @public
 */
export type ContextSkill = z.infer<typeof contextSkillSchema>;

/** The schema of `UnverifiedCatalogResource`. @public */
export const unverifiedCatalogResourceSchema = z.object({
  /** The `AiResource` entity's ref. */
  ref: z.string(),
  /** `rule` or `skill`. */
  type: z.string(),
  /** Its `metadata.title`, else its name. */
  title: z.string(),
  /** Its owner's ref, if it names one. */
  owner: z.string().optional(),
  /** The scope it names. */
  scope: z.string(),
  /** Why it was not applied, naming who may file rules for the scope. */
  reason: z.string(),
});

/**
 * A catalog `AiResource` that names a scope but was not applied there,
 * because its owner is not among that scope's owners: anyone who can
 * register an entity could otherwise file rules for any system.
 *
 * @public
 */
export type UnverifiedCatalogResource = z.infer<
  typeof unverifiedCatalogResourceSchema
>;

/** The schema of `ConventionResolution`. @public */
export const conventionResolutionSchema = z.object({
  /** The entity resolved for, as a lower-case ref. */
  entityRef: z.string(),
  /** The scopes searched, broadest first. */
  path: z.array(conventionScopeLevelSchema),
  /** What applies, in path order. */
  conventions: z.array(resolvedConventionSchema),
  /** Inherited conventions that a narrower scope switched off. */
  waived: z.array(waivedConventionSchema),
  /** Entries the resolution refused, with the reason for each. */
  conflicts: z.array(conventionConflictSchema),
  /** The catalog's skills for the entity's system or owners. */
  skills: z.array(contextSkillSchema),
});

/**
 * Everything known about an entity's conventions.
 *
 * @public
 */
export type ConventionResolution = z.infer<typeof conventionResolutionSchema>;

/** The schema of `RepositoryConventionsStatus`. @public */
export const repositoryConventionsStatusSchema = z
  .object({
    /** The file's URL. */
    location: z.string(),
    /** When it was last read successfully, if ever. */
    lastGoodAt: z.string().optional(),
    /** When a read was last tried, whether it worked or not. */
    lastCheckedAt: z.string().optional(),
    /** Why the last read failed or the file was refused; absent when it worked. */
    error: z
      .string()
      .describe(
        'Why the last read failed, with the last good conventions still in ' +
          "force. Structural only (entry numbers, the schema's field names, " +
          'YAML line and column): it never quotes the file.',
      )
      .optional(),
  })
  .describe("The scope's conventions-as-code file and its last read.");

/**
 * The conventions-as-code file of a scope entity, and whether its last read
 * worked.
 *
 * @public
 */
export type RepositoryConventionsStatus = z.infer<
  typeof repositoryConventionsStatusSchema
>;

/** The schema of `ConventionScopeView`. @public */
export const conventionScopeViewSchema = z.object({
  /** The scope shown. */
  scope: z.string(),
  /** Every source's entries at this scope; read-only ones say where they live. */
  conventions: z.array(conventionSchema),
  /** Whether the caller may write this scope's `database` conventions. */
  canEdit: z.boolean().describe('Whether the caller may write this scope.'),
  /** Who may edit, for read-only viewers to ask: owner or admin group refs. */
  editors: z
    .array(z.string())
    .describe('Who may edit (owners, or admins for global), to ask.'),
  /** The scope's conventions-as-code file, when its entity names one. */
  repository: repositoryConventionsStatusSchema.optional(),
  /**
   * Catalog rules and skills that name this scope but were not applied,
   * because their owner does not own the scope; absent when there are none.
   */
  unverified: z
    .array(unverifiedCatalogResourceSchema)
    .describe(
      'Catalog rules and skills that name this scope but were not applied, ' +
        'because their owner does not own it.',
    )
    .optional(),
});

/**
 * One scope's own conventions, as an editor sees them.
 *
 * @public
 */
export type ConventionScopeView = z.infer<typeof conventionScopeViewSchema>;

/** The schema of `ConventionHistoryEntry`. @public */
export const conventionHistoryEntrySchema = z.object({
  /** The scope of the convention changed. */
  scope: z.string(),
  /** The id of the convention changed. */
  conventionId: z.string(),
  /** The revision the change produced (for a delete, the one it removed). */
  revision: z.number().int(),
  /** What the change did. */
  change: z.enum(['create', 'update', 'delete']),
  /** The user ref of who made the change. */
  author: z.string(),
  /** When the change was made (ISO 8601). */
  at: z.string(),
  /** The convention before the change; absent for a create. */
  before: conventionSchema.optional(),
  /** The convention after the change; absent for a delete. */
  after: conventionSchema.optional(),
});

/**
 * One change in a scope's append-only history.
 *
 * @public
 */
export type ConventionHistoryEntry = z.infer<
  typeof conventionHistoryEntrySchema
>;

/** The schema of `ConventionConflictResponse`. @public */
export const conventionConflictResponseSchema = z
  .object({
    /** The error, named `ConflictError`. */
    error: z.object({ name: z.string(), message: z.string() }),
    /** The stored version; absent if it was deleted. */
    current: conventionSchema.optional(),
  })
  .describe('A stale write; current is the stored version, absent if deleted.');

/**
 * The body of a 409: the update or deletion was based on a stale revision;
 * `current` is what is stored now, absent if it was deleted.
 *
 * @public
 */
export type ConventionConflictResponse = z.infer<
  typeof conventionConflictResponseSchema
>;
