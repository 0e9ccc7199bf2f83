import {
  AdoptionFigures,
  MERGE_REQUEST_FIGURES,
  USAGE_FIGURES,
} from '@agent-context/plugin-agent-context-common';

/**
 * Whether anything was recorded in a period. A withheld figure counts as
 * something: a few people did use AI there.
 */
export function hasActivity(figures: AdoptionFigures): boolean {
  return [
    'activeUsers' as const,
    'contextFetches' as const,
    ...USAGE_FIGURES,
    ...MERGE_REQUEST_FIGURES,
  ].some(name => figures[name] !== 0);
}
