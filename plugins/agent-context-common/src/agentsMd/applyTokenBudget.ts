import { ContextSection, EntityContext } from '../types';
import { AGENTS_MD_BUDGET_PRIORITIES } from './budgetPriorities';
import { collapseWhitespace, truncateText } from './escapeMarkdown';
import { kindNoun } from './relatedEntityText';
import { rendersSection } from './renderContributedSections';
import { hasDependencyLists } from './renderDependencies';
import { severityOf } from './renderConventions';
import { renderDocument } from './renderSections';
import { FULL_RENDER, RenderTrims } from './renderTrims';

/** One thing the budget can drop. */
interface BudgetStep {
  /** Lower goes first (see AGENTS_MD_BUDGET_PRIORITIES). */
  priority: number;
  /** Whether the step would drop anything from the current render. */
  applies(context: EntityContext, trims: RenderTrims): boolean;
  /** What it drops, for `omitted` and the "Left out" section. */
  describe(context: EntityContext, trims: RenderTrims): string;
  apply(trims: RenderTrims): RenderTrims;
}

const REDUCED_API_PEERS = 3;
const REDUCED_DEPENDENTS = 5;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function apiPeerLists(context: EntityContext) {
  const self = context.entity.ref;
  const others = (list: { ref: string }[]) =>
    list.filter(e => e.ref !== self).length;
  return [
    ...context.apis.provides.flatMap(u => [
      others(u.consumers),
      others(u.providers),
    ]),
    ...context.apis.consumes.map(u => others(u.providers)),
  ];
}

/** The part lists that the `systemParts` trim drops, described. */
function partLists(context: EntityContext): string[] {
  const { system, domain, component } = context;
  const lists: string[] = [];
  if (system && system.parts.length > 0) {
    lists.push(
      context.entity.ref === system.system.ref
        ? `the ${plural(system.partCount, 'part')} of the system`
        : `${plural(system.partCount, 'other part')} of the system`,
    );
  }
  if (domain && domain.parts.length > 0) {
    lists.push(
      `the ${plural(
        domain.partCount,
        'system or subdomain',
        'systems and subdomains',
      )} of the domain`,
    );
  }
  if (component && component.subcomponents.length > 0) {
    lists.push(plural(component.subcomponentCount, 'subcomponent'));
  }
  return lists;
}

function rulesOf(context: EntityContext, severity: 'should' | 'may') {
  return context.conventions.filter(
    c => c.category === 'rule' && severityOf(c) === severity,
  );
}

/**
 * The order in which the suite's own material goes when the document is
 * over budget, lowest priority first. The header, the summary, MUST rules, commands and
 * boundaries are in no step: they are never dropped.
 *
 * Skills go after the lists that only describe the surroundings (blast
 * radius, API peers, dependents, members, system parts), since a skill is
 * something the agent can use; and before any rule, even a MAY rule,
 * since rules are what the owners ask of it and a skill left out is still
 * named in "Left out".
 */
const BUDGET_STEPS: BudgetStep[] = [
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.blastRadiusBeyondDirect,
    applies: (ctx, t) =>
      t.blastRadius === 'all' && ctx.blastRadius.entries.some(e => e.depth > 1),
    describe: ctx => {
      const all = ctx.blastRadius.entries.length;
      const deep = ctx.blastRadius.entries.filter(e => e.depth > 1).length;
      return `${deep} of ${all} blast-radius entries beyond depth 1`;
    },
    apply: t => ({ ...t, blastRadius: 'direct' }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.blastRadiusDirect,
    applies: (ctx, t) =>
      t.blastRadius !== 'count' &&
      ctx.blastRadius.entries.some(e => e.depth <= 1),
    describe: ctx => {
      const direct = ctx.blastRadius.entries.filter(e => e.depth <= 1).length;
      return `${plural(
        direct,
        'blast-radius entry',
        'blast-radius entries',
      )} at depth 1 (their count is kept)`;
    },
    apply: t => ({ ...t, blastRadius: 'count' }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.apiPeers,
    applies: (ctx, t) =>
      t.apiPeers > REDUCED_API_PEERS &&
      apiPeerLists(ctx).some(n => n > REDUCED_API_PEERS),
    describe: ctx => {
      const beyond = apiPeerLists(ctx).reduce(
        (sum, n) => sum + Math.max(0, n - REDUCED_API_PEERS),
        0,
      );
      return `${plural(
        beyond,
        'API consumer or provider',
        'API consumers and providers',
      )} beyond the first ${REDUCED_API_PEERS} of each list`;
    },
    apply: t => ({ ...t, apiPeers: REDUCED_API_PEERS }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.dependedOnBy,
    applies: (ctx, t) =>
      t.dependedOnBy === undefined &&
      ctx.dependencies.dependedOnBy.length > REDUCED_DEPENDENTS,
    describe: ctx => {
      const all = ctx.dependencies.dependedOnBy.length;
      return `${
        all - REDUCED_DEPENDENTS
      } of ${all} "Depended on by" entries beyond the first ${REDUCED_DEPENDENTS}`;
    },
    apply: t => ({ ...t, dependedOnBy: REDUCED_DEPENDENTS }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.consumedBy,
    applies: (ctx, t) =>
      t.consumedBy === undefined &&
      (ctx.api?.consumedBy.length ?? 0) > REDUCED_DEPENDENTS,
    describe: ctx => {
      const all = ctx.api?.consumedBy.length ?? 0;
      return `${
        all - REDUCED_DEPENDENTS
      } of ${all} "Consumed by" entries beyond the first ${REDUCED_DEPENDENTS}`;
    },
    apply: t => ({ ...t, consumedBy: REDUCED_DEPENDENTS }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.members,
    applies: (ctx, t) =>
      t.members &&
      (ctx.ownership.members.length > 0 ||
        (ctx.group?.members.length ?? 0) > 0),
    describe: ctx =>
      ctx.group
        ? `the member list of this group (${plural(
            ctx.group.memberCount,
            'member',
          )}; their count is kept)`
        : `the member list of ${
            ctx.ownership.owner?.displayName ?? 'the owner'
          } (${plural(ctx.ownership.memberCount, 'member')})`,
    apply: t => ({ ...t, members: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.owned,
    applies: (ctx, t) => t.owned && (ctx.owns?.entities.length ?? 0) > 0,
    describe: ctx =>
      `the list of the ${plural(
        ctx.owns?.count ?? 0,
        'entity',
        'entities',
      )} this ${kindNoun(ctx.entity.kind)} owns (their count is kept)`,
    apply: t => ({ ...t, owned: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.systemParts,
    applies: (ctx, t) => t.systemParts && partLists(ctx).length > 0,
    describe: ctx => partLists(ctx).join(' and '),
    apply: t => ({ ...t, systemParts: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.skills,
    applies: (ctx, t) => t.skills && ctx.skills.length > 0,
    describe: ctx =>
      `${plural(ctx.skills.length, 'skill')}: ${ctx.skills
        .map(skill => truncateText(collapseWhitespace(skill.name), 60))
        .join(', ')}`,
    apply: t => ({ ...t, skills: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.mayRules,
    applies: (ctx, t) => t.mayRules && rulesOf(ctx, 'may').length > 0,
    describe: ctx => {
      const may = rulesOf(ctx, 'may');
      return `${plural(may.length, 'MAY rule')}: ${may
        .map(r => r.id)
        .join(', ')}`;
    },
    apply: t => ({ ...t, mayRules: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.shouldBodies,
    applies: (ctx, t) =>
      t.shouldBodies && rulesOf(ctx, 'should').some(r => r.body.trim() !== ''),
    describe: ctx => {
      const n = rulesOf(ctx, 'should').filter(r => r.body.trim() !== '').length;
      return `the text of ${plural(
        n,
        'SHOULD rule',
      )} (ids and titles are kept)`;
    },
    apply: t => ({ ...t, shouldBodies: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.links,
    applies: (ctx, t) =>
      t.links && (ctx.entity.links.length > 0 || !!ctx.entity.docsUrl),
    describe: ctx => {
      const { links, docsUrl } = ctx.entity;
      const count = new Set([
        ...links.map(l => l.url),
        ...(docsUrl ? [docsUrl] : []),
      ]).size;
      return `${plural(
        count,
        'docs link or entity link',
        'docs and entity links',
      )}`;
    },
    apply: t => ({ ...t, links: false }),
  },
  // The steps below are only reached when all of the above was not
  // enough. They bring the document down to the material that is never
  // dropped (plus the owner and one line of counts), so that `overBudget`
  // means that material alone is too long.
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.shouldRules,
    applies: (ctx, t) => t.shouldRules && rulesOf(ctx, 'should').length > 0,
    describe: ctx => {
      const should = rulesOf(ctx, 'should');
      return `${plural(should.length, 'SHOULD rule')}: ${should
        .map(r => r.id)
        .join(', ')}`;
    },
    apply: t => ({ ...t, shouldRules: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.dependencyLists,
    applies: (ctx, t) => t.dependencyLists && hasDependencyLists(ctx),
    describe: () =>
      'the dependency, API and system lists (their counts are kept)',
    apply: t => ({ ...t, dependencyLists: false }),
  },
  {
    priority: AGENTS_MD_BUDGET_PRIORITIES.ownerContacts,
    applies: (ctx, t) =>
      t.ownerContacts &&
      ((ctx.ownership.owner?.links?.length ?? 0) > 0 ||
        (!!ctx.ownership.owner && ctx.ownership.parents.length > 0)),
    describe: () =>
      "the owner's contact links and the chain of groups above it",
    apply: t => ({ ...t, ownerContacts: false }),
  },
];

/**
 * The step that drops a contributed section, at the priority its module
 * gave it.
 */
function sectionStep(section: ContextSection): BudgetStep {
  return {
    priority: section.priority,
    applies: (_ctx, t) =>
      !t.droppedSections.includes(section.id) && rendersSection(section),
    describe: () =>
      `the "${truncateText(collapseWhitespace(section.title), 80)}" section (${
        section.id
      })`,
    apply: t => ({
      ...t,
      droppedSections: [...t.droppedSections, section.id],
    }),
  };
}

/**
 * The built-in steps and one step per contributed section, lowest priority
 * first; at equal priority the built-in material goes first, then sections
 * in the context's order.
 */
function budgetStepsFor(context: EntityContext): BudgetStep[] {
  // Array.prototype.sort is stable, and the built-in steps are listed in
  // order of priority.
  return [...BUDGET_STEPS, ...(context.sections ?? []).map(sectionStep)].sort(
    (a, b) => a.priority - b.priority,
  );
}

/** The result of fitting a document to a budget. */
export interface BudgetedDocument {
  markdown: string;
  tokens: number;
  omitted: string[];
  overBudget: boolean;
}

/**
 * Renders the full document, then drops material lowest priority first,
 * re-rendering and re-counting after each step, until it fits. Counting the
 * real text (rather than estimating each part) keeps `tokens` exact for the
 * caller's tokenizer. When nothing droppable is left the document is
 * returned as it is, over budget.
 */
export function applyTokenBudget(
  context: EntityContext,
  options: {
    entityPageUrl: string;
    portalUrl: string;
    maxTokens: number;
    countTokens: (text: string) => number;
  },
): BudgetedDocument {
  const { maxTokens, countTokens } = options;
  let trims = FULL_RENDER;
  const omitted: string[] = [];
  const render = () => renderDocument(context, { ...options, trims, omitted });

  let markdown = render();
  let tokens = countTokens(markdown);
  for (const step of budgetStepsFor(context)) {
    if (tokens <= maxTokens) {
      break;
    }
    if (!step.applies(context, trims)) {
      continue;
    }
    // `omitted` is also served as JSON, where no escaping follows: catalog
    // names in it (an owner, skills) lose their invisible characters here.
    omitted.push(collapseWhitespace(step.describe(context, trims)));
    trims = step.apply(trims);
    markdown = render();
    tokens = countTokens(markdown);
  }
  return { markdown, tokens, omitted, overBudget: tokens > maxTokens };
}
