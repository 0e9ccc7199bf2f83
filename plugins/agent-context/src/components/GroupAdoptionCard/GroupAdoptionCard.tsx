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
import { hasActivity } from '../../adoption';
import {
  TeamServicesState,
  useEntityAdoption,
  useTeamServices,
} from '../../hooks';
import { AdoptionEmptyState } from '../AdoptionEmptyState';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';
import { AdoptionHeadline } from '../AdoptionHeadline';
import { AdoptionTrendChart } from '../AdoptionTrendChart';
import { CardSection } from '../CardSection';
import { WithheldNotice } from '../WithheldNotice';
import { TeamServicesTable } from './TeamServicesTable';

const DAYS = 90;

function TeamFigures(props: { team: AdoptionDetailOf }) {
  const { totals, baseline, minimumGroupSize, buckets } = props.team;
  if (isWithheld(totals.activeUsers)) {
    return <WithheldNotice minimumGroupSize={minimumGroupSize} />;
  }
  return (
    <Grid container spacing={2} alignItems="center">
      <Grid item xs={12} md={5}>
        <AdoptionHeadline totals={totals} baseline={baseline} />
      </Grid>
      <Grid item xs={12} md={7}>
        <AdoptionTrendChart
          title="Team requests per week"
          buckets={buckets}
          series={[{ figure: 'requests', label: 'Requests' }]}
          height={140}
        />
      </Grid>
    </Grid>
  );
}

function TeamServices(props: { state: TeamServicesState }) {
  const { services, list, loading, error, readinessError } = props.state;
  if (error) {
    return <AdoptionErrorPanel error={error} />;
  }
  if (loading && !services) {
    return <Progress />;
  }
  if (!services || services.length === 0) {
    return <Typography variant="body2">The team owns no services.</Typography>;
  }
  return (
    <>
      <TeamServicesTable services={services} readinessError={readinessError} />
      {list && list.totalItems > services.length && (
        <Typography variant="caption" color="text.secondary">
          The {services.length} with the most requests of {list.totalItems}.
        </Typography>
      )}
    </>
  );
}

/**
 * For a group's page: the team's AI adoption over the last 90 days, and
 * the services it owns with their usage and agent readiness.
 */
export function GroupAdoptionCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const { adoption: team, loading, error } = useEntityAdoption(groupRef, DAYS);
  const servicesState = useTeamServices(groupRef, DAYS);

  let content: ReactNode = null;
  if (error) {
    // The team's refusal or fault is the services' too: one panel says it.
    content = <AdoptionErrorPanel error={error} />;
  } else if (loading && !team) {
    content = <Progress />;
  } else if (team) {
    const nothingYet =
      !hasActivity(team.totals) &&
      servicesState.services?.every(service => !hasActivity(service.totals));
    content = nothingYet ? (
      <AdoptionEmptyState />
    ) : (
      <>
        <CardSection title="The team">
          <TeamFigures team={team} />
        </CardSection>
        <CardSection
          title={`Its services${
            servicesState.list ? ` (${servicesState.list.totalItems})` : ''
          }`}
        >
          <TeamServices state={servicesState} />
        </CardSection>
      </>
    );
  }

  return (
    <Box
      component="section"
      aria-label="Team AI adoption"
      data-testid="group-adoption-card"
    >
      <InfoCard title="Team AI adoption" subheader={`Last ${DAYS} days`}>
        {content}
      </InfoCard>
    </Box>
  );
}
