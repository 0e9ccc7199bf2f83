import { z } from 'zod/v4';
import {
  contextSkillSchema,
  conventionCategorySchema,
  conventionSeveritySchema,
  conventionSourceIdSchema,
  overriddenConventionSchema,
} from './Convention';
import { jsonObject } from './jsonObject';

// Each type is inferred from its zod schema, as in Convention.ts.

/** The schema of `RelatedEntity`. @public */
export const relatedEntitySchema = z.object({
  /** Full entity ref, e.g. `component:default/payments-api`. */
  ref: z.string(),
  /** The entity's kind, as the catalog spells it. */
  kind: z.string(),
  /** `spec.type`, where the kind has one. */
  type: z.string().optional(),
  /** `metadata.title`, if it has one. */
  title: z.string().optional(),
  /** First line of `metadata.description`. */
  description: z.string().describe('First line only.').optional(),
  /** Ref of the owner (`spec.owner`), where the kind has one. */
  owner: z.string().optional(),
  /** `spec.lifecycle`, where the kind has one. */
  lifecycle: z.string().optional(),
  /**
   * False when a relation points at an entity that is not in the catalog (or
   * that the caller may not read): the ref is kept so the gap is visible.
   */
  resolved: z
    .boolean()
    .describe(
      'False when the catalog has no such entity, or the caller may not read it.',
    ),
});

/**
 * A catalog entity that the context refers to, summarised to the facts an
 * agent needs to decide whether to look further.
 *
 * @public
 */
export type RelatedEntity = z.infer<typeof relatedEntitySchema>;

/** The schema of `EntityContextLink`. @public */
export const entityContextLinkSchema = z.object({
  /** Where the link points. */
  url: z.string(),
  /** The link's title, if it has one. */
  title: z.string().optional(),
  /** The link's type, e.g. `chat` or `dashboard`, if it has one. */
  type: z.string().optional(),
});

/**
 * A link from `metadata.links`.
 *
 * @public
 */
export type EntityContextLink = z.infer<typeof entityContextLinkSchema>;

/** The schema of `EntityContextSubject`. @public */
export const entityContextSubjectSchema = z.object({
  /** Full entity ref, e.g. `component:default/payments-api`. */
  ref: z.string(),
  /** The entity's kind, as the catalog spells it. */
  kind: z.string(),
  /** `metadata.namespace`. */
  namespace: z.string(),
  /** `metadata.name`. */
  name: z.string(),
  /** `metadata.title`, if it has one. */
  title: z.string().optional(),
  /** `spec.type`, where the kind has one. */
  type: z.string().optional(),
  /** `metadata.description`, if it has one. */
  description: z.string().optional(),
  /** `spec.lifecycle`, where the kind has one. */
  lifecycle: z.string().optional(),
  /** `metadata.tags`; empty when it has none. */
  tags: z.array(z.string()),
  /** `metadata.links`; empty when it has none. */
  links: z.array(entityContextLinkSchema),
  /** Ref of the system this entity is part of, if any. */
  system: z.string().optional(),
  /** Ref of the domain of that system (or of this entity, for a system). */
  domain: z.string().optional(),
  /** `backstage.io/source-location`, without its `url:` prefix. */
  sourceLocation: z.string().optional(),
  /** `backstage.io/techdocs-ref` or a documentation link, if any. */
  docsUrl: z.string().optional(),
});

/**
 * The target entity itself.
 *
 * @public
 */
export type EntityContextSubject = z.infer<typeof entityContextSubjectSchema>;

/** The schema of `OwnerSummary`. @public */
export const ownerSummarySchema = z.object({
  /** Full entity ref, e.g. `group:default/checkout-team`. */
  ref: z.string(),
  /** `Group` or `User`, as the catalog spells it. */
  kind: z.string(),
  /** `spec.profile.displayName`, else the entity title, else its name. */
  displayName: z.string(),
  /** `spec.profile.email`, if it has one. */
  email: z.string().optional(),
  /** `spec.type` of a group (team, department, ...). */
  type: z.string().optional(),
  /** Contact links from the owner's `metadata.links` (chat, on-call, ...). */
  links: z.array(entityContextLinkSchema).optional(),
  /** False when the ref names an entity the catalog lacks or the caller may not read. */
  resolved: z.boolean(),
});

/**
 * A group or user in an ownership chain.
 *
 * @public
 */
export type OwnerSummary = z.infer<typeof ownerSummarySchema>;

/** The schema of `EntityOwnership`. @public */
export const entityOwnershipSchema = z.object({
  /** The owner named by the entity's `ownedBy` relation, if it has one. */
  owner: ownerSummarySchema.optional(),
  /**
   * The owner's parent groups, nearest first, up to the root. Bounded, and
   * safe against cycles in the group hierarchy.
   */
  parents: z.array(ownerSummarySchema),
  /**
   * Members of the owning group (`hasMember`), by name; at most
   * `membersLimit` of them. Empty when the owner is a user.
   */
  members: z.array(ownerSummarySchema),
  /** How many members the group has in all, including those left out. */
  memberCount: z.number().int(),
});

/**
 * Who owns the entity, and the groups above that owner.
 *
 * @public
 */
export type EntityOwnership = z.infer<typeof entityOwnershipSchema>;

/** The schema of `EntityPlacement`. @public */
export const entityPlacementSchema = z
  .object({
    /**
     * Lower-case refs of the groups whose conventions the entity inherits,
     * nearest first: its owner and every group above that owner to the root.
     * For a group, the groups above it. Empty for an entity with no owner.
     */
    ownerChain: z.array(z.string()),
    /** Lower-case ref of its system; absent for systems, domains and groups. */
    system: z.string().optional(),
    /** Lower-case ref of the domain of its system (or its own, for a system). */
    domain: z.string().optional(),
  })
  .describe(
    "The scopes the entity's conventions come from: its owner and every " +
      'group above it to the root (nearest first), its system and domain. ' +
      'Not trimmed for display.',
  );

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
export type EntityPlacement = z.infer<typeof entityPlacementSchema>;

/** The schema of `EntityDependencies`. @public */
export const entityDependenciesSchema = z.object({
  /** Entities this one depends on (`dependsOn`). */
  dependsOn: z.array(relatedEntitySchema),
  /** Entities that depend on this one (`dependencyOf`). */
  dependedOnBy: z.array(relatedEntitySchema),
});

/**
 * Direct dependencies in both directions.
 *
 * @public
 */
export type EntityDependencies = z.infer<typeof entityDependenciesSchema>;

/** The schema of `ApiUsage`. @public */
export const apiUsageSchema = z.object({
  /** The API entity. */
  api: relatedEntitySchema,
  /** Entities that provide the API (`apiProvidedBy`). */
  providers: z.array(relatedEntitySchema),
  /** Entities that consume the API (`apiConsumedBy`). */
  consumers: z.array(relatedEntitySchema),
});

/**
 * An API the entity provides or consumes, with everyone on either side of it.
 *
 * @public
 */
export type ApiUsage = z.infer<typeof apiUsageSchema>;

/** The schema of `EntityApis`. @public */
export const entityApisSchema = z.object({
  /** The APIs the entity provides (`providesApi`). */
  provides: z.array(apiUsageSchema),
  /** The APIs the entity consumes (`consumesApi`). */
  consumes: z.array(apiUsageSchema),
});

/**
 * The APIs of an entity, both ways.
 *
 * @public
 */
export type EntityApis = z.infer<typeof entityApisSchema>;

/** The schema of `EntitySystemContext`. @public */
export const entitySystemContextSchema = z
  .object({
    /** The system. */
    system: relatedEntitySchema,
    /** The system's domain, if it has one. */
    domain: relatedEntitySchema.optional(),
    /**
     * The system's parts (`hasPart`), without the entity itself, by ref; at
     * most the parts bound of them.
     */
    parts: z
      .array(relatedEntitySchema)
      .describe('The parts besides the entity itself, bounded.'),
    /** How many such parts there are in all, including those left out. */
    partCount: z.number().int().describe('How many parts in all.'),
  })
  .describe(
    "The entity's system (for a system, itself), its domain and its parts.",
  );

/**
 * The system the entity belongs to, its domain and its other parts. For a
 * system, the system itself with its own domain and parts.
 *
 * @public
 */
export type EntitySystemContext = z.infer<typeof entitySystemContextSchema>;

/** The schema of `EntityApiSides`. @public */
export const entityApiSidesSchema = z
  .object({
    /** Entities that provide the API (`apiProvidedBy`). */
    providedBy: z.array(relatedEntitySchema),
    /** Entities that consume it (`apiConsumedBy`): whom a change can break. */
    consumedBy: z.array(relatedEntitySchema),
  })
  .describe('APIs only.');

/**
 * An API's own relations: whom a change to its definition concerns.
 *
 * @public
 */
export type EntityApiSides = z.infer<typeof entityApiSidesSchema>;

/** The schema of `EntityComponentParts`. @public */
export const entityComponentPartsSchema = z
  .object({
    /** The component this one is a subcomponent of, if any. */
    subcomponentOf: relatedEntitySchema.optional(),
    /** Its own subcomponents, by ref; at most the parts bound of them. */
    subcomponents: z.array(relatedEntitySchema),
    /** How many subcomponents it has in all. */
    subcomponentCount: z.number().int(),
  })
  .describe('Components only.');

/**
 * A component's place among components (`spec.subcomponentOf`, which the
 * catalog records as `partOf` and `hasPart` between components).
 *
 * @public
 */
export type EntityComponentParts = z.infer<typeof entityComponentPartsSchema>;

/** The schema of `EntityDomainContext`. @public */
export const entityDomainContextSchema = z
  .object({
    /** The domain this one is a subdomain of (`partOf`), if any. */
    subdomainOf: relatedEntitySchema.optional(),
    /**
     * Its systems and subdomains (`hasPart`), by ref; at most the parts bound
     * of them.
     */
    parts: z
      .array(relatedEntitySchema)
      .describe('Its systems and subdomains, bounded.'),
    /** How many parts it has in all. */
    partCount: z.number().int(),
  })
  .describe('Domains only.');

/**
 * A domain's place: the domain above it and what it is made of.
 *
 * @public
 */
export type EntityDomainContext = z.infer<typeof entityDomainContextSchema>;

/** The schema of `EntityGroupContext`. @public */
export const entityGroupContextSchema = z
  .object({
    /**
     * The group's parent (`childOf`) and that parent's ancestors, nearest
     * first, up to the root. Bounded, and safe against cycles.
     */
    parents: z
      .array(ownerSummarySchema)
      .describe('Parent first, up to the root.'),
    /** Its child groups (`parentOf`), by ref; bounded. */
    children: z.array(ownerSummarySchema),
    /** How many child groups it has in all. */
    childCount: z.number().int(),
    /** Its members (`hasMember`), by ref; bounded. */
    members: z.array(ownerSummarySchema),
    /** How many members it has in all. */
    memberCount: z.number().int(),
  })
  .describe('Groups only.');

/**
 * A group's place in the organisation.
 *
 * @public
 */
export type EntityGroupContext = z.infer<typeof entityGroupContextSchema>;

/** The schema of `EntityUserContext`. @public */
export const entityUserContextSchema = z
  .object({
    /** Groups the user is a member of (`memberOf`), by ref; bounded. */
    memberOf: z.array(ownerSummarySchema),
    /** How many groups in all. */
    memberOfCount: z.number().int(),
  })
  .describe('Users only.');

/**
 * The groups a user belongs to.
 *
 * @public
 */
export type EntityUserContext = z.infer<typeof entityUserContextSchema>;

/** The schema of `EntityOwnedEntities`. @public */
export const entityOwnedEntitiesSchema = z
  .object({
    /** The owned entities, by ref; bounded. */
    entities: z.array(relatedEntitySchema),
    /** How many it owns in all, including those left out. */
    count: z.number().int(),
  })
  .describe('Groups and users only.');

/**
 * What a group or user owns (`ownerOf`).
 *
 * @public
 */
export type EntityOwnedEntities = z.infer<typeof entityOwnedEntitiesSchema>;

/** The schema of `BlastRadiusEntry`. @public */
export const blastRadiusEntrySchema = relatedEntitySchema.extend({
  /** 1 for direct dependents and consumers, 2 for theirs, and so on. */
  depth: z.number().int(),
  /**
   * The ref this entry was reached from: the target at depth 1, or for a
   * system or domain the part it was reached from.
   */
  via: z
    .string()
    .describe(
      'The ref it was reached from (the entity itself at depth 1, or the part of a system or domain).',
    ),
  /**
   * How it is affected: it depends on `via`, or consumes an API (`via`
   * itself, or one that `via` provides).
   */
  relation: z.enum(['dependsOn', 'consumesApi']),
  /** For `consumesApi`: the API it consumes. */
  api: z.string().describe('For consumesApi, the API it consumes.').optional(),
});

/**
 * An entity affected by a change to the target: it depends on the target or
 * consumes one of its APIs, directly or through others.
 *
 * @public
 */
export type BlastRadiusEntry = z.infer<typeof blastRadiusEntrySchema>;

/** The schema of `BlastRadius`. @public */
export const blastRadiusSchema = z.object({
  /** Who is affected, nearest first. */
  entries: z.array(blastRadiusEntrySchema),
  /** The depth the walk stopped at. */
  maxDepth: z.number().int(),
  /** True when the depth or count bound left entities out. */
  truncated: z.boolean(),
});

/**
 * Who is affected by a change to the entity, transitively and bounded.
 *
 * @public
 */
export type BlastRadius = z.infer<typeof blastRadiusSchema>;

/** The schema of `ContextConvention`. @public */
export const contextConventionSchema = z
  .object({
    /** Stable id, unique within its scope, e.g. `SEC-004`. */
    id: z.string(),
    /** A rule, a command or a boundary. */
    category: conventionCategorySchema,
    /** One line, what the convention says. */
    title: z.string(),
    /** Markdown written by the convention's owner. */
    body: z
      .string()
      .describe(
        "The owner's Markdown, without invisible characters; bare web and mail addresses are code spans.",
      ),
    /** For rules only. */
    severity: conventionSeveritySchema.optional(),
    /** Where it comes from, e.g. `global`, `group:default/checkout-team`. */
    scope: z.string(),
    /** How it is kept; absent in contexts from before sources existed. */
    source: conventionSourceIdSchema.optional(),
    /** Whether narrower scopes may neither override nor waive it. */
    enforced: z.boolean().optional(),
    /** A catalog rule's rationale. */
    rationale: z.string().optional(),
    /** A catalog rule's own subject category, e.g. `security`. */
    topic: z
      .string()
      .describe("A catalog rule's own spec.category, e.g. security.")
      .optional(),
    /** Where a read-only convention lives (config key, file URL, entity ref). */
    location: z.string().optional(),
    /** Who owns where it lives: for a catalog rule, its `AiResource`'s owner. */
    locationOwner: z
      .string()
      .describe(
        "A catalog rule's AiResource owner, which entitles it to its scope.",
      )
      .optional(),
    /** The inherited conventions with the same id that this one overrides. */
    overrides: z.array(overriddenConventionSchema).optional(),
  })
  .describe(
    'A convention that applies to the entity, as its context carries it.',
  );

/**
 * A convention that applies to the entity, as its context carries it;
 * rendered into AGENTS.md by category and severity.
 *
 * @public
 */
export type ContextConvention = z.infer<typeof contextConventionSchema>;

/** The schema of `ContextSection`. @public */
export const contextSectionSchema = z
  .object({
    /** The contributor's id, e.g. `on-call`; one section per id. */
    id: z.string().describe("The contributor's id, e.g. on-call."),
    /** The section's heading in AGENTS.md. */
    title: z.string().describe("The section's heading in AGENTS.md."),
    /**
     * Where the token budget places it: lower priorities are left out first,
     * on the same scale as the built-in material (see
     * `AGENTS_MD_BUDGET_PRIORITIES`).
     */
    priority: z
      .number()
      .int()
      .describe(
        'Where a token budget places it; lower priorities are left out first.',
      ),
    /** The section's facts, for agents that read the JSON. */
    data: jsonObject().describe(
      "The section's facts, without invisible characters.",
    ),
    /**
     * Its body in AGENTS.md, as Markdown without invisible characters and
     * with bare web and mail addresses in code spans; the document shows it
     * under the title, sanitised as convention bodies are. Empty when the
     * section is in the JSON only.
     */
    markdown: z
      .string()
      .describe(
        "The section's body in AGENTS.md, without invisible characters; bare web and mail addresses are code spans. Empty when the section is in the JSON only.",
      ),
  })
  .describe(
    'A section a backend module added to the context (a context ' +
      "contributor), such as the entity's on-call rota.",
  );

/**
 * A section that an installed backend module added to the context (a
 * context contributor, see `@agent-context/plugin-agent-context-node`),
 * such as the entity's on-call rota or its SLOs.
 *
 * @public
 */
export type ContextSection = z.infer<typeof contextSectionSchema>;

/** The schema of `EntityReadinessSummary`. @public */
export const entityReadinessSummarySchema = z.object({
  /** 0 to 100: the weights of the checks passed over all that apply. */
  score: z.number().describe('0 to 100.'),
  /** The checks it fails, each with its fix in one sentence. */
  failed: z.array(
    z.object({ id: z.string(), title: z.string(), fix: z.string() }),
  ),
});

/**
 * How agent-ready the entity is, in short; the checks in full are served
 * by the readiness endpoint. Not rendered into AGENTS.md.
 *
 * @public
 */
export type EntityReadinessSummary = z.infer<
  typeof entityReadinessSummarySchema
>;

/** The schema of `EntityContext`. @public */
export const entityContextSchema = z.object({
  /** The entity itself. */
  entity: entityContextSubjectSchema,
  /** Its owner, the groups above and the owning group's members. */
  ownership: entityOwnershipSchema,
  /** What it depends on and what depends on it. */
  dependencies: entityDependenciesSchema,
  /** The APIs it provides and consumes, with both sides of each. */
  apis: entityApisSchema,
  /** Absent when the entity is not part of a system (and not one). */
  system: entitySystemContextSchema.optional(),
  /** APIs only: their providers and consumers. */
  api: entityApiSidesSchema.optional(),
  /** Components only: the component above and the subcomponents. */
  component: entityComponentPartsSchema.optional(),
  /** Domains only: the parent domain, the systems and subdomains. */
  domain: entityDomainContextSchema.optional(),
  /** Groups only: parent chain, child groups and members. */
  group: entityGroupContextSchema.optional(),
  /** Users only: their groups. */
  user: entityUserContextSchema.optional(),
  /** Groups and users only: what they own. */
  owns: entityOwnedEntitiesSchema.optional(),
  /**
   * Who a change can affect. Which relations the walk follows depends on
   * the kind (see `contextRelationsOf`); empty for groups and users.
   */
  blastRadius: blastRadiusSchema,
  /** The scopes the entity's conventions come from. */
  placement: entityPlacementSchema,
  /** The conventions that apply, broadest scope first. */
  conventions: z.array(contextConventionSchema),
  /** The catalog's `AiResource` skills for the entity's system or owners. */
  skills: z.array(contextSkillSchema),
  /**
   * What installed modules added, highest priority first, then by id.
   * Absent when no module added anything.
   */
  sections: z
    .array(contextSectionSchema)
    .describe(
      'What installed modules added, highest priority first; absent when ' +
        'no module added anything.',
    )
    .optional(),
  /** Components, APIs, resources and systems: its agent readiness. */
  readiness: entityReadinessSummarySchema
    .describe(
      'Agent readiness: the score and the failed checks with their fixes; ' +
        'components, APIs, resources and systems only. Not in AGENTS.md.',
    )
    .optional(),
  /** When and from which catalog and conventions the context was built. */
  metadata: z.object({
    /** ISO 8601 time at which the context was assembled. */
    generatedAt: z.string(),
    /**
     * A digest of the catalog state the context was built from (the etags of
     * every entity it read). Changes whenever any of them changes.
     */
    catalogRevision: z.string(),
    /** A digest of the conventions that went into it. */
    conventionsRevision: z.string(),
    /**
     * A digest of the context's content (everything but `generatedAt` and
     * this field), usable as an ETag: same catalog and conventions, same hash.
     */
    contentHash: z.string(),
  }),
});

/**
 * Everything an agent is told about one catalog entity.
 *
 * @public
 */
export type EntityContext = z.infer<typeof entityContextSchema>;

/** The schema of `AgentsMdBudget`. @public */
export const agentsMdBudgetSchema = z
  .object({
    /** Most tokens, counted with the backend's tokenizer. */
    maxTokens: z.number().int().optional(),
    /** Most lines. */
    maxLines: z.number().int().optional(),
  })
  .describe(
    'The limits the document was fitted to: the budget asked for, or the ' +
      "portal's default when none was. An absent limit did not apply; {} " +
      'is the whole document.',
  );

/**
 * The limits an AGENTS.md was fitted to; a limit that is absent did not
 * apply, and an empty budget means the whole document.
 *
 * @public
 */
export type AgentsMdBudget = z.infer<typeof agentsMdBudgetSchema>;

/** The schema of `AgentsMdDocument`. @public */
export const agentsMdDocumentSchema = z.object({
  /** The entity's full ref. */
  entityRef: z.string(),
  /** The AGENTS.md text. */
  markdown: z.string(),
  /** Tokens in `markdown`, counted with the backend's tokenizer. */
  tokens: z.number().int(),
  /** Lines in `markdown` (a final newline starts no line). */
  lines: z
    .number()
    .int()
    .describe('Lines in markdown; a final newline starts no line.'),
  /**
   * The budget the document was fitted to: the one the caller asked for,
   * or the portal's default when it asked for none (`{}`: no limit).
   */
  budget: agentsMdBudgetSchema,
  /** What the budget left out, lowest priority first; empty when nothing was. */
  omitted: z
    .array(z.string())
    .describe('What the budget left out, lowest priority first.'),
  /** True when even the parts never cut exceed the budget. */
  overBudget: z
    .boolean()
    .describe(
      'True when even the material that is never cut exceeds the budget.',
    ),
  /** The context's content hash, as in the document's header and ETag. */
  contentHash: z.string(),
});

/**
 * An entity's AGENTS.md as the JSON form of the agents.md endpoint returns it.
 *
 * @public
 */
export type AgentsMdDocument = z.infer<typeof agentsMdDocumentSchema>;
