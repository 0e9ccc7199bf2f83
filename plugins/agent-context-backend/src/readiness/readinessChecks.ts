import { Entity } from '@backstage/catalog-model';

/** Kinds that get a readiness score; groups, users and domains are scopes, not work. */
export const SCORED_KINDS = ['component', 'api', 'resource', 'system'] as const;

/** What a check reads besides the entity itself. */
export interface ReadinessFacts {
  /** Whether the entity's owner ref names an entity in the catalog. */
  ownerResolvable: boolean;
  /** Conventions that apply at the entity's scope path, by category. */
  commands: number;
  conventions: number;
  /** Entries the resolution refused at that path. */
  conflicts: number;
  /** Context or AGENTS.md fetches in the usage window. */
  contextFetches: number;
  /** Whether any AI tool reported usage in the window. */
  aiUsage: boolean;
}

/** Where a failed check's fix is made. */
export type ReadinessFixSite = 'catalog-file' | 'conventions' | 'usage';

/** One check: a predicate over an entity and its facts, with its fix. */
export interface ReadinessCheckDefinition {
  id: string;
  title: string;
  defaultWeight: number;
  /** The lower-case kinds it applies to. */
  kinds: readonly string[];
  fix: string;
  fixSite: ReadinessFixSite;
  passes(entity: Entity, facts: ReadinessFacts): boolean;
}

const ALL: readonly string[] = SCORED_KINDS;
const annotation = (entity: Entity, key: string) =>
  entity.metadata.annotations?.[key];
const specString = (entity: Entity, key: string) => {
  const value = entity.spec?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
const hasRelation = (entity: Entity, ...types: string[]) =>
  (entity.relations ?? []).some(relation => types.includes(relation.type));

// Docs count when TechDocs are set up or when the entity links to
// documentation: either is something an agent can be pointed at.
const hasDocs = (entity: Entity) =>
  Boolean(annotation(entity, 'backstage.io/techdocs-ref')) ||
  Boolean(annotation(entity, 'backstage.io/techdocs-entity')) ||
  (entity.metadata.links ?? []).some(link =>
    /doc|runbook|wiki/i.test(`${link.title ?? ''} ${link.type ?? ''}`),
  );

/**
 * Every readiness check, in the order they are reported. The defaults
 * weigh what an agent cannot guess (owner, source, commands) above what
 * only helps it (lifecycle, recent usage).
 */
export const READINESS_CHECKS: readonly ReadinessCheckDefinition[] = [
  {
    id: 'owner',
    title: 'Owner resolvable',
    defaultWeight: 15,
    kinds: ALL,
    fix: 'Set spec.owner to a group that exists in the catalog.',
    fixSite: 'catalog-file',
    passes: (_entity, facts) => facts.ownerResolvable,
  },
  {
    id: 'description',
    title: 'Description',
    defaultWeight: 10,
    kinds: ALL,
    fix: 'Add a one-paragraph metadata.description saying what it does.',
    fixSite: 'catalog-file',
    passes: entity => Boolean(entity.metadata.description?.trim()),
  },
  {
    id: 'system',
    title: 'Part of a system',
    defaultWeight: 5,
    kinds: ['component', 'api', 'resource'],
    fix: 'Set spec.system to the system it belongs to.',
    fixSite: 'catalog-file',
    passes: entity => Boolean(specString(entity, 'system')),
  },
  {
    id: 'lifecycle',
    title: 'Lifecycle',
    defaultWeight: 5,
    kinds: ['component', 'api'],
    fix: 'Set spec.lifecycle (experimental, production or deprecated).',
    fixSite: 'catalog-file',
    passes: entity => Boolean(specString(entity, 'lifecycle')),
  },
  {
    id: 'source-location',
    title: 'Source location',
    defaultWeight: 15,
    kinds: ['component', 'api', 'resource'],
    fix: 'Add the backstage.io/source-location annotation pointing at the repository.',
    fixSite: 'catalog-file',
    passes: entity =>
      Boolean(
        annotation(entity, 'backstage.io/source-location') ??
          annotation(entity, 'backstage.io/managed-by-location')?.match(
            /^url:/,
          ),
      ),
  },
  {
    id: 'docs',
    title: 'Documentation',
    defaultWeight: 10,
    kinds: ALL,
    fix: 'Add backstage.io/techdocs-ref or a metadata.links entry to the docs.',
    fixSite: 'catalog-file',
    passes: hasDocs,
  },
  {
    id: 'dependencies',
    title: 'Declared dependencies',
    defaultWeight: 5,
    kinds: ['component', 'resource'],
    fix: 'List what it depends on in spec.dependsOn.',
    fixSite: 'catalog-file',
    passes: entity => hasRelation(entity, 'dependsOn'),
  },
  {
    id: 'apis',
    title: 'Declared APIs',
    defaultWeight: 5,
    kinds: ['component'],
    fix: 'List the APIs it provides or consumes in spec.providesApis / spec.consumesApis.',
    fixSite: 'catalog-file',
    passes: entity => hasRelation(entity, 'providesApi', 'consumesApi'),
  },
  {
    id: 'api-providers',
    title: 'Provided by a component',
    defaultWeight: 5,
    kinds: ['api'],
    fix: "Name this API in the providing component's spec.providesApis.",
    fixSite: 'catalog-file',
    passes: entity => hasRelation(entity, 'apiProvidedBy'),
  },
  {
    id: 'system-parts',
    title: 'Has parts',
    defaultWeight: 5,
    kinds: ['system'],
    fix: 'Set spec.system on the components, APIs and resources that make it up.',
    fixSite: 'catalog-file',
    passes: entity => hasRelation(entity, 'hasPart'),
  },
  {
    id: 'command',
    title: 'At least one command',
    defaultWeight: 10,
    kinds: ALL,
    fix: 'Record the build or test command as a convention of category command.',
    fixSite: 'conventions',
    passes: (_entity, facts) => facts.commands > 0,
  },
  {
    id: 'convention',
    title: 'At least one convention',
    defaultWeight: 10,
    kinds: ALL,
    fix: 'Record a rule or boundary agents must follow for it.',
    fixSite: 'conventions',
    passes: (_entity, facts) => facts.conventions > 0,
  },
  {
    id: 'conventions-conflict-free',
    title: 'Conventions free of conflicts',
    defaultWeight: 5,
    kinds: ALL,
    fix: 'Resolve the refused entries (e.g. overrides of enforced rules) shown in its conventions.',
    fixSite: 'conventions',
    passes: (_entity, facts) => facts.conflicts === 0,
  },
  {
    id: 'agents-md-fetched',
    title: 'AGENTS.md fetched recently',
    defaultWeight: 5,
    kinds: ALL,
    fix: 'Fetch or pull its AGENTS.md or context (e.g. with the CLI) so agents work from it.',
    fixSite: 'usage',
    passes: (_entity, facts) => facts.contextFetches > 0,
  },
  {
    id: 'agent-usage',
    title: 'Agent usage in the last 30 days',
    defaultWeight: 5,
    kinds: ALL,
    fix: "Send the coding agents' telemetry to the portal so their usage is attributed to it.",
    fixSite: 'usage',
    passes: (_entity, facts) => facts.aiUsage,
  },
];
