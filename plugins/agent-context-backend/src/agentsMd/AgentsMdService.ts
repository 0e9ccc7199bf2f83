import {
  AgentsMdDocument,
  EntityContext,
  renderAgentsMd,
} from '@agent-context/plugin-agent-context-common';
import { countTokens } from 'gpt-tokenizer';

/**
 * Bumped whenever the renderer's output changes for the same context, so
 * that ETags (and the CLI's staleness check) see the new format.
 */
const RENDERER_REVISION = '4';

/** Rendered documents kept in memory; about 10 KB each. */
const DEFAULT_MAX_DOCUMENTS = 1000;

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
 */
export class AgentsMdService {
  private readonly documents = new Map<string, AgentsMdDocument>();

  static create(options: {
    portalUrl: string;
    maxDocuments?: number;
  }): AgentsMdService {
    return new AgentsMdService(
      options.portalUrl.replace(/\/+$/, ''),
      options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS,
    );
  }

  private constructor(
    private readonly portalUrl: string,
    private readonly maxDocuments: number,
  ) {}

  render(
    context: EntityContext,
    options: { maxTokens?: number },
  ): AgentsMdDocument {
    const key = this.etagOf(context, options);
    const cached = this.documents.get(key);
    if (cached) {
      // Re-insert, so that the map's order is least recently used first.
      this.documents.delete(key);
      this.documents.set(key, cached);
      return cached;
    }
    const document = this.renderUncached(context, options);
    this.documents.set(key, document);
    if (this.documents.size > this.maxDocuments) {
      this.documents.delete(this.documents.keys().next().value!);
    }
    return document;
  }

  private renderUncached(
    context: EntityContext,
    options: { maxTokens?: number },
  ): AgentsMdDocument {
    const { namespace, kind, name } = context.entity;
    const rendered = renderAgentsMd(context, {
      portalUrl: this.portalUrl,
      entityPageUrl: `${this.portalUrl}/catalog/${encodeURIComponent(
        namespace,
      )}/${encodeURIComponent(
        kind.toLocaleLowerCase('en-US'),
      )}/${encodeURIComponent(name)}/agent-context`,
      maxTokens: options.maxTokens,
      countTokens,
    });
    return {
      entityRef: context.entity.ref,
      markdown: rendered.markdown,
      tokens: rendered.tokens ?? countTokens(rendered.markdown),
      omitted: rendered.omitted,
      overBudget: rendered.overBudget,
      contentHash: context.metadata.contentHash,
    };
  }

  /** A strong ETag for a document: what went in and how it was rendered. */
  etagOf(context: EntityContext, options: { maxTokens?: number }): string {
    return `"${context.metadata.contentHash}.r${RENDERER_REVISION}.${
      options.maxTokens ?? 'all'
    }"`;
  }
}
