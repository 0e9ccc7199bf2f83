import { ReactNode } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  AdoptionDetailOf,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { formatNumber, hasActivity } from '../../adoption';
import { useEntityAdoption } from '../../hooks';
import { AdoptionEmptyState } from '../AdoptionEmptyState';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';
import { AdoptionHeadline } from '../AdoptionHeadline';
import { AdoptionTrendChart } from '../AdoptionTrendChart';
import { WithheldNotice } from '../WithheldNotice';

/** The days the card covers: a quarter, long enough to see a trend. */
const DAYS = 90;

/**
 * Merged merge requests per week against the baseline period's rate:
 * about the service, never a person, so shown even when usage is withheld.
 */
function MergeRequestTrend(props: { adoption: AdoptionDetailOf }) {
  const { buckets, baseline } = props.adoption;
  return (
    <AdoptionTrendChart
      title="Merged merge requests per week"
      buckets={buckets}
      series={[
        { figure: 'mergeRequestsMerged', label: 'Merged' },
        { figure: 'aiAssistedMergeRequestsMerged', label: 'AI-assisted' },
      ]}
      baseline={{ value: baseline.mergeRequestsPerWeek, label: 'Baseline' }}
      height={180}
    />
  );
}

function AdoptionFigures(props: { adoption: AdoptionDetailOf }) {
  const { adoption } = props;
  const { totals, baseline, minimumGroupSize } = adoption;
  if (!hasActivity(totals)) {
    return <AdoptionEmptyState />;
  }
  if (isWithheld(totals.activeUsers)) {
    return (
      <>
        <WithheldNotice minimumGroupSize={minimumGroupSize} />
        <Typography variant="body2" sx={{ mb: 1 }}>
          AI-assisted share of merged merge requests:{' '}
          {formatNumber(totals.aiAssistedShare, 'share')} (baseline{' '}
          {formatNumber(baseline.aiAssistedShare, 'share')})
        </Typography>
        <MergeRequestTrend adoption={adoption} />
      </>
    );
  }
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={4}>
        <AdoptionHeadline totals={totals} baseline={baseline} />
      </Grid>
      <Grid item xs={12} md={4}>
        <AdoptionTrendChart
          title="Requests per week"
          buckets={adoption.buckets}
          // Requests alone: active users are two orders of magnitude
          // fewer and would lie flat along the axis on the same scale.
          series={[{ figure: 'requests', label: 'Requests' }]}
          height={180}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <MergeRequestTrend adoption={adoption} />
      </Grid>
    </Grid>
  );
}

/**
 * The AI adoption of the service on the page over the last 90 days: the
 * headline figures and the weekly trends, or why they are not shown.
 */
export function EntityAdoptionCard() {
  const { entity } = useEntity();
  const { adoption, loading, error } = useEntityAdoption(
    stringifyEntityRef(entity),
    DAYS,
  );

  let content: ReactNode = null;
  if (error) {
    content = <AdoptionErrorPanel error={error} />;
  } else if (loading && !adoption) {
    content = <Progress />;
  } else if (adoption) {
    content = <AdoptionFigures adoption={adoption} />;
  }

  return (
    <Box
      component="section"
      aria-label="AI adoption"
      data-testid="agent-adoption-card"
    >
      <InfoCard title="AI adoption" subheader={`Last ${DAYS} days, weekly`}>
        {content}
      </InfoCard>
    </Box>
  );
}
