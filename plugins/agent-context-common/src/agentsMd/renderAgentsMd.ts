import { InputError } from '@backstage/errors';
import { EntityContext } from '../types';
import { applyTokenBudget } from './applyTokenBudget';
import { countLines } from './countLines';
import { normalizeContext } from './normalizeContext';
import { renderDocument } from './renderSections';
import { FULL_RENDER } from './renderTrims';

/**
 * Options of {@link renderAgentsMd}.
 *
 * @public
 */
export interface RenderAgentsMdOptions {
  /** Absolute URL of the entity's page in the portal, for "where to edit" and links to related entities. */
  entityPageUrl: string;
  /** Absolute base URL of the portal, e.g. https://portal.example.com, used to link related entities (`${portalUrl}/catalog/${namespace}/${kind}/${name}`) and to resolve relative docs URLs such as /docs/... */
  portalUrl: string;
  /** Token budget for the whole document. Absent: tokens are not limited. */
  maxTokens?: number;
  /** Most lines the document may have (a final newline starts no line). Absent: lines are not limited. With both limits absent nothing is trimmed. */
  maxLines?: number;
  /** Counts tokens the way the caller's tokenizer does. Required when maxTokens is set. */
  countTokens?: (text: string) => number;
}

/**
 * An AGENTS.md rendered by {@link renderAgentsMd}.
 *
 * @public
 */
export interface RenderedAgentsMd {
  /** The document, ending in a newline. */
  markdown: string;
  /** Token count of `markdown` (undefined when no countTokens was given). */
  tokens?: number;
  /** Line count of `markdown`, as `countLines` counts. */
  lines: number;
  /** Human-readable descriptions of what the budget left out, in the order it was dropped, e.g. "12 of 15 blast-radius entries beyond depth 1". Empty when nothing was. */
  omitted: string[];
  /** True when even the irreducible material (header, summary, MUST rules, commands, boundaries) exceeds maxTokens or maxLines. */
  overBudget: boolean;
}

function checkLimit(name: string, value: number | undefined) {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) {
    throw new InputError(`${name} must be a positive integer, got ${value}`);
  }
}

/**
 * Renders the AGENTS.md of an entity from its context: deterministic (same
 * context and options, same bytes), built only from catalog facts and
 * owner-written conventions, and fitted to `maxTokens` and `maxLines` when
 * they are given.
 *
 * @public
 */
export function renderAgentsMd(
  context: EntityContext,
  options: RenderAgentsMdOptions,
): RenderedAgentsMd {
  const { entityPageUrl, portalUrl, maxTokens, maxLines, countTokens } =
    options;
  const normalized = normalizeContext(context);

  if (maxTokens === undefined && maxLines === undefined) {
    const markdown = renderDocument(normalized, {
      entityPageUrl,
      portalUrl,
      trims: FULL_RENDER,
      omitted: [],
    });
    return {
      markdown,
      tokens: countTokens?.(markdown),
      lines: countLines(markdown),
      omitted: [],
      overBudget: false,
    };
  }

  checkLimit('maxTokens', maxTokens);
  checkLimit('maxLines', maxLines);
  if (maxTokens !== undefined && !countTokens) {
    throw new InputError('countTokens is required when maxTokens is set');
  }
  return applyTokenBudget(normalized, {
    entityPageUrl,
    portalUrl,
    maxTokens,
    maxLines,
    countTokens,
  });
}
