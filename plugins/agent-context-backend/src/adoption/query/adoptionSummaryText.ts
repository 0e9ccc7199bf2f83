import { AdoptionDetailOf } from './AdoptionQueries';
import { AdoptionFigure, isWithheld } from './adoptionFigures';

const show = (figure: AdoptionFigure, unit = '') =>
  isWithheld(figure)
    ? 'withheld'
    : `${figure.toLocaleString('en-US', { maximumFractionDigits: 2 })}${unit}`;

const share = (value: number | null) =>
  value === null ? 'none merged' : `${Math.round(value * 100)}%`;

/**
 * One team's or service's figures as a few lines an agent can read and
 * repeat. Withheld figures say so, never a number.
 */
export function adoptionSummaryText(detail: AdoptionDetailOf): string {
  const { totals, baseline, range } = detail;
  const lines = [
    `AI adoption of ${detail.entity.ref} from ${range.from} to ${range.to}:`,
    `- Active AI users: ${show(totals.activeUsers)}`,
    `- Requests: ${show(totals.requests)}; sessions: ${show(totals.sessions)}`,
    `- Tokens in: ${show(totals.tokensIn)}; out: ${show(
      totals.tokensOut,
    )}; cache read: ${show(totals.cacheReadTokens)}; cache write: ${show(
      totals.cacheWriteTokens,
    )}`,
    `- Cost: ${show(totals.cost, ' USD')}`,
    `- Lines added: ${show(totals.linesAdded)}; removed: ${show(
      totals.linesRemoved,
    )}`,
    `- Merge requests: ${totals.mergeRequestsOpened} opened, ${totals.mergeRequestsMerged} merged, ` +
      `${show(totals.mergeRequestsPerWeek)} merged a week (baseline ${
        baseline.from
      } to ${baseline.to}: ${show(baseline.mergeRequestsPerWeek)})`,
    `- AI-assisted share of merged merge requests: ${share(
      totals.aiAssistedShare,
    )} (baseline: ${share(baseline.aiAssistedShare)})`,
    `- Context fetches from the portal: ${show(totals.contextFetches)}`,
  ];
  if (detail.byTool.length > 0) {
    lines.push(
      `- By tool: ${detail.byTool
        .map(
          entry =>
            `${entry.tool || 'unnamed'} ${show(entry.activeUsers)} users`,
        )
        .join(', ')}`,
    );
  }
  lines.push(
    `Figures behind fewer than ${detail.minimumGroupSize} people are withheld, and never shown per person.`,
  );
  return lines.join('\n');
}
