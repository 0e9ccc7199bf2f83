import {
  AgentsMdBudget,
  AgentsMdDocument,
  EntityContext,
  renderAgentsMd,
} from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';
import { countTokens } from 'gpt-tokenizer';

/**
 * Bumped whenever the renderer's output changes for the same context, so
 * that ETags (and the CLI's staleness check) see the new format.
 */
const RENDERER_REVISION = '5';

/** Rendered documents kept in memory; about 10 KB each. */
const DEFAULT_MAX_DOCUMENTS = 1000;

/** Below this, not even a header and a summary fit; above it, no limit helps. */
export const MIN_BUDGET_TOKENS = 100;
/** The largest token budget a caller or the configuration may set. */
export const MAX_BUDGET_TOKENS = 1_000_000;

/**
 * The budget served when the caller asks for none: the promise that an
 * AGENTS.md has at most 200 lines unless asked for more, kept by a line
 * limit since a token budget alone bounds no lines (ADR 20).
 * `agentContext.agentsMd.defaultBudget` changes it.
 */
export const DEFAULT_AGENTS_MD_BUDGET: AgentsMdBudget = { maxLines: 200 };

/** Whether `value` is a token budget a caller may ask for (0 is none). */
export function isTokenBudget(value: number): boolean {
  return (
    Number.isInteger(value) &&
    (value === 0 || (value >= MIN_BUDGET_TOKENS && value <= MAX_BUDGET_TOKENS))
  );
}

/** What a token budget may be, for error messages. */
export const TOKEN_BUDGET_VALUES = `0 (no limit) or a whole number from ${MIN_BUDGET_TOKENS} to ${MAX_BUDGET_TOKENS}`;

/** The error for a `maxTokens` no budget can have, quoting it as given. */
export function invalidMaxTokens(given: string): InputError {
  return new InputError(
    `Invalid maxTokens '${given}': expected ${TOKEN_BUDGET_VALUES}`,
  );
}

/**
 * Renders contexts into AGENTS.md documents, counting tokens with the
 * o200k_base encoding (GPT-4o and later) of gpt-tokenizer: an exact count
 * for those models and a close one for others, unlike a characters-per-token
 * guess.
 *
 * Rendering and counting cost a few milliseconds, so rendered documents are
 * kept in a bounded in-memory LRU keyed by their ETag. The key is the
 * context's content hash: a document is a pure function of that content and
 * the budget, so sharing it across callers reveals nothing: only a caller
 * whose own context has the same content can hit it.
 *
 * A caller that asks for no budget gets the portal's default one (see
 * `budgetFor`), so that the HTTP routes, the actions and the CLI's pull and
 * check all serve the same document for the same request.
 */
export class AgentsMdService {
  private readonly documents = new Map<string, AgentsMdDocument>();

  static create(options: {
    portalUrl: string;
    maxDocuments?: number;
    /** Applied when the caller asks for no budget; `{}` for none. */
    defaultBudget?: AgentsMdBudget;
  }): AgentsMdService {
    return new AgentsMdService(
      options.portalUrl.replace(/\/+$/, ''),
      options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS,
      options.defaultBudget ?? DEFAULT_AGENTS_MD_BUDGET,
    );
  }

  private constructor(
    private readonly portalUrl: string,
    private readonly maxDocuments: number,
    private readonly defaultBudget: AgentsMdBudget,
  ) {}

  /**
   * The budget for what a caller asked: nothing gives the portal's
   * default, `0` the whole document, and any other token budget that many
   * tokens with no line limit: asking for a size replaces the default
   * rather than adding to it. Throws `InputError` for a budget no caller
   * may ask for, before any catalog read is made for it.
   */
  budgetFor(maxTokens: number | undefined): AgentsMdBudget {
    if (maxTokens === undefined) {
      return this.defaultBudget;
    }
    if (!isTokenBudget(maxTokens)) {
      throw invalidMaxTokens(String(maxTokens));
    }
    return maxTokens === 0 ? {} : { maxTokens };
  }

  render(context: EntityContext, budget: AgentsMdBudget): AgentsMdDocument {
    const key = this.etagOf(context, budget);
    const cached = this.documents.get(key);
    if (cached) {
      // Re-insert, so that the map's order is least recently used first.
      this.documents.delete(key);
      this.documents.set(key, cached);
      return cached;
    }
    const document = this.renderUncached(context, budget);
    this.documents.set(key, document);
    if (this.documents.size > this.maxDocuments) {
      this.documents.delete(this.documents.keys().next().value!);
    }
    return document;
  }

  private renderUncached(
    context: EntityContext,
    budget: AgentsMdBudget,
  ): AgentsMdDocument {
    const { namespace, kind, name } = context.entity;
    const rendered = renderAgentsMd(context, {
      portalUrl: this.portalUrl,
      entityPageUrl: `${this.portalUrl}/catalog/${encodeURIComponent(
        namespace,
      )}/${encodeURIComponent(
        kind.toLocaleLowerCase('en-US'),
      )}/${encodeURIComponent(name)}/agent-context`,
      maxTokens: budget.maxTokens,
      maxLines: budget.maxLines,
      countTokens,
    });
    return {
      entityRef: context.entity.ref,
      markdown: rendered.markdown,
      tokens: rendered.tokens ?? countTokens(rendered.markdown),
      lines: rendered.lines,
      budget,
      omitted: rendered.omitted,
      overBudget: rendered.overBudget,
      contentHash: context.metadata.contentHash,
    };
  }

  /**
   * A strong ETag for a document: what went in and how it was rendered,
   * e.g. `"sha256-….r5.l200"` for the default budget, `.t2000` for a
   * budget of 2,000 tokens and `.all` for the whole document.
   */
  etagOf(context: EntityContext, budget: AgentsMdBudget): string {
    const limits = [
      budget.maxTokens === undefined ? [] : [`t${budget.maxTokens}`],
      budget.maxLines === undefined ? [] : [`l${budget.maxLines}`],
    ].flat();
    return `"${context.metadata.contentHash}.r${RENDERER_REVISION}.${
      limits.length > 0 ? limits.join('.') : 'all'
    }"`;
  }
}
