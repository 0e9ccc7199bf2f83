import { InfoCard, Progress } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import { hasActivity } from '../../adoption';
import { AdoptionOverviewState } from '../../hooks';
import { AdoptionEmptyState } from '../AdoptionEmptyState';
import {
  AdoptionTrendChart,
  AdoptionTrendChartProps,
} from '../AdoptionTrendChart';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';

type ChartOf = Omit<AdoptionTrendChartProps, 'buckets'>;

/**
 * The weekly trends: usage, cost, and the merge request figures against
 * the baseline period, which the dashed line marks.
 */
export function AdoptionTrends(props: { state: AdoptionOverviewState }) {
  const { overview, error } = props.state;
  let content;
  if (error) {
    content = <AdoptionErrorPanel error={error} />;
  } else if (!overview) {
    content = <Progress />;
  } else if (!hasActivity(overview.totals)) {
    content = <AdoptionEmptyState title="No trend to draw yet" />;
  } else {
    const { baseline } = overview;
    const charts: ChartOf[] = [
      {
        title: 'Active AI users per week',
        series: [{ figure: 'activeUsers', label: 'Active AI users' }],
      },
      {
        title: 'Requests per week',
        series: [{ figure: 'requests', label: 'Requests' }],
      },
      {
        title: 'Cost per week',
        series: [{ figure: 'cost', label: 'Cost' }],
        format: 'cost',
      },
      {
        title: 'Merged merge requests per week',
        series: [{ figure: 'mergeRequestsPerWeek', label: 'Merged' }],
        format: 'rate',
        baseline: { value: baseline.mergeRequestsPerWeek, label: 'Baseline' },
      },
      {
        title: 'AI-assisted share of merged merge requests',
        series: [{ figure: 'aiAssistedShare', label: 'AI-assisted' }],
        format: 'share',
        baseline: { value: baseline.aiAssistedShare, label: 'Baseline' },
      },
    ];
    content = (
      <Grid container spacing={3}>
        {charts.map(chart => (
          <Grid item key={chart.title} xs={12} md={6}>
            <AdoptionTrendChart {...chart} buckets={overview.buckets} />
          </Grid>
        ))}
      </Grid>
    );
  }
  return (
    <InfoCard
      title="Weekly trends"
      titleTypographyProps={{ component: 'h2' }}
      subheader={
        overview
          ? `Baseline: ${overview.baseline.from} to ${overview.baseline.to}`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
