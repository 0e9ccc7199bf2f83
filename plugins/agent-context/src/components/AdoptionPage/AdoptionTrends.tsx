import { AdoptionBaseline } from '@agent-context/plugin-agent-context-common';
import { InfoCard } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import { AdoptionOverviewState } from '../../hooks';
import {
  AdoptionTrendChart,
  AdoptionTrendChartProps,
} from '../AdoptionTrendChart';
import { AdoptionOverviewStates } from './AdoptionOverviewStates';

type ChartOf = Omit<AdoptionTrendChartProps, 'buckets'>;

/** The charts of the trends, the merge request figures against `baseline`. */
function chartsAgainst(baseline: AdoptionBaseline): ChartOf[] {
  return [
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
}

/**
 * The weekly trends: usage, cost, and the merge request figures against
 * the baseline period, which the dashed line marks.
 */
export function AdoptionTrends(props: { state: AdoptionOverviewState }) {
  const { overview } = props.state;
  const content = (
    <AdoptionOverviewStates
      state={props.state}
      emptyTitle="No trend to draw yet"
    >
      {({ baseline, buckets }) => (
        <Grid container spacing={3}>
          {chartsAgainst(baseline).map(chart => (
            <Grid item key={chart.title} xs={12} md={6}>
              <AdoptionTrendChart {...chart} buckets={buckets} />
            </Grid>
          ))}
        </Grid>
      )}
    </AdoptionOverviewStates>
  );
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
