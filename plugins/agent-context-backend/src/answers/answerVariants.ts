import { AgentsMdBudget } from '@agent-context/plugin-agent-context-common';

/**
 * What is answered about an entity: its context as JSON, its AGENTS.md
 * within a budget (as Markdown, or as JSON with the document's facts), or
 * its resolved conventions.
 */
export type AnswerVariant =
  | { kind: 'context' }
  | { kind: 'agentsMd'; budget: AgentsMdBudget; format: 'md' | 'json' }
  | { kind: 'conventions' };

/** A variant as a cache key part; `parseVariantId` reads it back. */
export function variantId(variant: AnswerVariant): string {
  if (variant.kind !== 'agentsMd') {
    return variant.kind;
  }
  const { maxTokens, maxLines } = variant.budget;
  return `agentsMd.${variant.format}.${maxTokens ?? ''}.${maxLines ?? ''}`;
}

export function parseVariantId(id: string): AnswerVariant | undefined {
  if (id === 'context' || id === 'conventions') {
    return { kind: id };
  }
  const match = /^agentsMd\.(md|json)\.([0-9]*)\.([0-9]*)$/.exec(id);
  if (!match) {
    return undefined;
  }
  const [, format, maxTokens, maxLines] = match;
  return {
    kind: 'agentsMd',
    format: format as 'md' | 'json',
    budget: {
      ...(maxTokens ? { maxTokens: Number(maxTokens) } : {}),
      ...(maxLines ? { maxLines: Number(maxLines) } : {}),
    },
  };
}

/**
 * The cache key of one answer: the variant, the visibility class it was
 * built for, and the entity (lower case). The key names no caller: every
 * caller of a class shares the answer.
 */
export function answerKey(
  variant: AnswerVariant,
  visibilityKey: string,
  entityRef: string,
): string {
  return `${variantId(variant)}|${visibilityKey}|${entityRef}`;
}

export function parseAnswerKey(
  key: string,
):
  | { variant: AnswerVariant; visibilityKey: string; entityRef: string }
  | undefined {
  const [id, visibilityKey, entityRef] = key.split('|');
  const variant = parseVariantId(id);
  return variant && entityRef
    ? { variant, visibilityKey, entityRef }
    : undefined;
}
