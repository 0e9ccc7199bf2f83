import { AdoptionFigures } from '@agent-context/plugin-agent-context-common';

/**
 * Whether anything at all was recorded: a withheld figure counts, since it
 * stands for the activity of a few people, never for none.
 */
export function hasRecordedActivity(figures: AdoptionFigures): boolean {
  return (
    figures.activeUsers !== 0 ||
    figures.requests !== 0 ||
    figures.contextFetches !== 0 ||
    figures.mergeRequestsOpened !== 0 ||
    figures.mergeRequestsMerged !== 0
  );
}
