import { Content, Header, Page } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { isForbidden } from '../../adoption';
import { useAdoptionOverview, useAdoptionRange } from '../../hooks';
import { AdoptionDemoBanner } from './AdoptionDemoBanner';
import { AdoptionForbidden } from './AdoptionForbidden';
import { AdoptionRangePicker } from './AdoptionRangePicker';
import { AdoptionServicesTable } from './AdoptionServicesTable';
import { AdoptionTeamsTable } from './AdoptionTeamsTable';
import { AdoptionTiles } from './AdoptionTiles';
import { AdoptionTrends } from './AdoptionTrends';
import { LeastReadyServices } from './LeastReadyServices';
import { NoActivityList } from './NoActivityList';

/**
 * The AI adoption page: how the organisation's teams and services use AI
 * coding tools over a range, against a baseline period, and who has not
 * started. About teams and services only, never a person.
 */
export function AdoptionPage() {
  const { range, problem, today, setRange } = useAdoptionRange();
  const overview = useAdoptionOverview(range);

  return (
    <Page themeId="tool">
      <Header
        title="AI adoption"
        subtitle="How teams and services use AI coding tools, against a baseline period"
      />
      <Content>
        {isForbidden(overview.error) ? (
          <AdoptionForbidden />
        ) : (
          <Stack spacing={3}>
            <AdoptionRangePicker
              range={range}
              today={today}
              problem={problem}
              onChange={setRange}
            />
            {overview.overview?.demo && (
              <AdoptionDemoBanner demo={overview.overview.demo} />
            )}
            <AdoptionTiles state={overview} range={range} />
            <AdoptionTrends state={overview} />
            <AdoptionTeamsTable range={range} />
            <AdoptionServicesTable range={range} />
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <NoActivityList scope="teams" range={range} />
              </Grid>
              <Grid item xs={12} md={6}>
                <NoActivityList scope="services" range={range} />
              </Grid>
            </Grid>
            <LeastReadyServices />
          </Stack>
        )}
      </Content>
    </Page>
  );
}
