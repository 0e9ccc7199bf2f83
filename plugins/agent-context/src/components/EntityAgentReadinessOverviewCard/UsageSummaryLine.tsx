import {
  AdoptionDetailOf,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import Typography from '@mui/material/Typography';
import {
  formatNumber,
  hasActivity,
  numberOf,
  responseStatusOf,
} from '../../adoption';

function usageText(adoption: AdoptionDetailOf, days: number): string {
  const { totals, baseline, minimumGroupSize } = adoption;
  if (!hasActivity(totals)) {
    return 'No AI usage recorded yet: connect a source to see it here.';
  }
  if (isWithheld(totals.activeUsers)) {
    return `Fewer than ${minimumGroupSize} people used AI here; figures withheld for privacy.`;
  }
  const count = (figure: typeof totals.requests) =>
    isWithheld(figure) ? 'withheld' : formatNumber(numberOf(figure)!, 'count');
  return (
    `Last ${days} days: ${count(totals.activeUsers)} active users, ` +
    `${count(totals.requests)} requests, ` +
    `${formatNumber(totals.aiAssistedShare, 'share')} AI-assisted merges ` +
    `(baseline ${formatNumber(baseline.aiAssistedShare, 'share')}).`
  );
}

/**
 * The service's AI usage in one line, or in one line why it is not shown.
 */
export function UsageSummaryLine(props: {
  adoption?: AdoptionDetailOf;
  loading: boolean;
  error?: Error;
  days: number;
}) {
  const { adoption, loading, error, days } = props;
  let text = '';
  if (error) {
    text =
      responseStatusOf(error) === 403
        ? 'You may not read adoption figures.'
        : `Usage unavailable: ${error.message}`;
  } else if (loading && !adoption) {
    text = 'Loading usage…';
  } else if (adoption) {
    text = usageText(adoption, days);
  }
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      aria-label="Usage"
      aria-busy={loading}
      sx={{ mt: 1 }}
    >
      {text}
    </Typography>
  );
}
