import { ContextSection, EntityContext } from '../types';
import { AGENTS_MD_BUDGET_PRIORITIES } from './budgetPriorities';
import { countLines } from './countLines';
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
/**
 * "Depends on" keeps more entries than "Depended on by": what the entity
 * calls is what an agent writes code against, while who calls it matters
 * mostly as a count.
 */
const REDUCED_DEPENDENCIES = 20;

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

/** The lists a step cuts to their first entries, by their trim. */
type CutList = 'dependedOnBy' | 'consumedBy' | 'dependsOn';

/**
 * A step that cuts one list of related entities to its first `keep`, the
 * rest counted ("- and 12 more").
 */
function cutList(
  priority: number,
  trim: CutList,
  title: string,
  keep: number,
  list: (context: EntityContext) => readonly unknown[],
): BudgetStep {
  return {
    priority,
    applies: (ctx, t) => t[trim] === undefined && list(ctx).length > keep,
    describe: ctx => {
      const all = list(ctx).length;
      return `${
        all - keep
      } of ${all} "${title}" entries beyond the first ${keep}`;
    },
    apply: t => ({ ...t, [trim]: keep }),
  };
}

/**
 * The order in which the suite's own material goes when the document is
 * over budget, lowest priority first. The header, the summary, MUST rules, commands and
 * boundaries are in no step: they are never dropped.
 *
 * Skills go after the lists that only describe the surroundings (blast
 * radius, API peers, the long ends of dependent and dependency lists,
 * members, system parts), since a skill is something the agent can use;
 * and before any rule, even a MAY rule, since rules are what the owners
 * ask of it and a skill left out is still named in "Left out". A long
 * "Depends on" list is cut with the other long lists: with a line limit in
 * force by default, an entity that calls hundreds of others would
 * otherwise lose its rules before that list.
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
  cutList(
    AGENTS_MD_BUDGET_PRIORITIES.dependedOnBy,
    'dependedOnBy',
    'Depended on by',
    REDUCED_DEPENDENTS,
    ctx => ctx.dependencies.dependedOnBy,
  ),
  cutList(
    AGENTS_MD_BUDGET_PRIORITIES.consumedBy,
    'consumedBy',
    'Consumed by',
    REDUCED_DEPENDENTS,
    ctx => ctx.api?.consumedBy ?? [],
  ),
  cutList(
    AGENTS_MD_BUDGET_PRIORITIES.dependsOn,
    'dependsOn',
    'Depends on',
    REDUCED_DEPENDENCIES,
    ctx => ctx.dependencies.dependsOn,
  ),
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
  /** Tokens in `markdown`; undefined without a counter. */
  tokens?: number;
  /** Lines in `markdown` (see `countLines`). */
  lines: number;
  omitted: string[];
  overBudget: boolean;
}

/** One render, measured. */
interface Measured {
  markdown: string;
  lines: number;
  /** Counted only under a token limit. */
  tokens?: number;
}

/**
 * Renders the full document, then drops material lowest priority first,
 * re-rendering and re-measuring after each step, until it is within every
 * limit given: `maxTokens`, `maxLines`, or both. Measuring the real text
 * (rather than estimating each part) keeps `tokens` exact for the caller's
 * tokenizer, and makes the line limit a promise rather than a guess. When
 * nothing droppable is left the document is returned as it is, over budget.
 *
 * A token budget alone does not bound lines (a list of short refs is cheap
 * in tokens and long on screen), nor a line limit tokens (a line may be
 * long), so the two are separate limits on the same steps.
 */
export function applyTokenBudget(
  context: EntityContext,
  options: {
    entityPageUrl: string;
    portalUrl: string;
    maxTokens?: number;
    maxLines?: number;
    /** Required with `maxTokens` (`renderAgentsMd` checks it). */
    countTokens?: (text: string) => number;
  },
): BudgetedDocument {
  const { maxTokens, maxLines, countTokens } = options;
  const render = (trims: RenderTrims, omitted: string[]) =>
    renderDocument(context, { ...options, trims, omitted });
  // Tokens are counted after each step only when they are limited: a count
  // costs far more than a render, and a line limit needs none.
  const measure = (trims: RenderTrims, omitted: string[]): Measured => {
    const markdown = render(trims, omitted);
    return {
      markdown,
      lines: countLines(markdown),
      tokens: maxTokens === undefined ? undefined : countTokens?.(markdown),
    };
  };
  const linesOver = (m: Measured) =>
    maxLines !== undefined && m.lines > maxLines;
  const tokensOver = (m: Measured) =>
    maxTokens !== undefined && m.tokens !== undefined && m.tokens > maxTokens;

  let trims = FULL_RENDER;
  let omitted: string[] = [];
  let current = measure(trims, omitted);
  for (const step of budgetStepsFor(context)) {
    if (!linesOver(current) && !tokensOver(current)) {
      break;
    }
    if (!step.applies(context, trims)) {
      continue;
    }
    const nextTrims = step.apply(trims);
    // `omitted` is also served as JSON, where no escaping follows: catalog
    // names in it (an owner, skills) lose their invisible characters here.
    const nextOmitted = [
      ...omitted,
      collapseWhitespace(step.describe(context, trims)),
    ];
    const next = measure(nextTrims, nextOmitted);
    // Every step frees tokens, but not every step frees lines: one that
    // shortens a list sharing a line would only lose its material when
    // lines alone are over, so it is passed over. The comparison is with
    // the current trims under the same "Left out", so that what counts is
    // what the step frees, not the section its entry adds.
    if (
      !tokensOver(current) &&
      next.lines >= countLines(render(trims, nextOmitted))
    ) {
      continue;
    }
    trims = nextTrims;
    omitted = nextOmitted;
    current = next;
  }
  return {
    markdown: current.markdown,
    tokens: current.tokens ?? countTokens?.(current.markdown),
    lines: current.lines,
    omitted,
    overBudget: linesOver(current) || tokensOver(current),
  };
}
