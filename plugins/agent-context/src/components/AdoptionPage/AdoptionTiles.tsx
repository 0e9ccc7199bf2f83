import {
  AdoptionFigure,
  AdoptionOverview,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import { InfoCard } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import {
  AdoptionRange,
  changeFrom,
  formatNumber,
  lastDays,
  pointsFrom,
  sumFigures,
} from '../../adoption';
import { AdoptionOverviewState, useAdoptionOverview } from '../../hooks';
import { AdoptionFigureText } from '../AdoptionFigureText';
import { AdoptionOverviewStates } from './AdoptionOverviewStates';
import { AdoptionWithheldNote } from './AdoptionWithheldNote';
import { AdoptionTile } from './AdoptionTile';

/** The share of the catalog's users a count of active users is, in words. */
function shareOfUsers(active: AdoptionFigure | undefined, users: number) {
  if (active === undefined || isWithheld(active) || users === 0) {
    return `of ${formatNumber(users, 'count')} catalog users`;
  }
  return `${formatNumber(active / users, 'share')} of ${formatNumber(
    users,
    'count',
  )} catalog users`;
}

/**
 * Active AI users over the 30 days to the range's end, whatever the range:
 * people are counted distinct over a period, so a 90-day count is not
 * comparable with the monthly figure people expect. A 30-day range's own
 * overview already holds it; any other range asks for it.
 */
function ActiveUsersTile(props: {
  overview: AdoptionOverview;
  range: AdoptionRange;
}) {
  const { overview, range } = props;
  const month = lastDays(30, range.to);
  const sameRange = month.from === range.from;
  const recent = useAdoptionOverview(month, { skip: sameRange });
  const active = sameRange
    ? overview.totals.activeUsers
    : recent.overview?.totals.activeUsers;

  let value;
  if (active !== undefined) {
    value = <AdoptionFigureText figure={active} />;
  } else if (recent.error) {
    value = 'unavailable';
  } else {
    value = <Skeleton width="3em" aria-label="Loading active AI users" />;
  }
  return (
    <AdoptionTile
      title="Active AI users"
      value={value}
      detail={`${month.from} to ${month.to} · ${shareOfUsers(
        active,
        overview.users.inCatalog,
      )}`}
    />
  );
}

function Tiles(props: { overview: AdoptionOverview; range: AdoptionRange }) {
  const { overview, range } = props;
  const { totals, baseline } = overview;
  const baselineDays = `baseline ${baseline.from} to ${baseline.to}`;
  const mergeChange = changeFrom(
    totals.mergeRequestsPerWeek,
    baseline.mergeRequestsPerWeek,
  );
  const shareChange = pointsFrom(
    totals.aiAssistedShare,
    baseline.aiAssistedShare,
  );

  const tiles = [
    <ActiveUsersTile key="active" overview={overview} range={range} />,
    <AdoptionTile
      key="teams"
      title="Teams with activity"
      value={`${overview.teams.withActivity} of ${overview.teams.inCatalog}`}
      detail="teams in the catalog"
    />,
    <AdoptionTile
      key="services"
      title="Services with activity"
      value={`${overview.services.withActivity} of ${overview.services.inCatalog}`}
      detail="services in the catalog"
    />,
    <AdoptionTile
      key="requests"
      title="Requests"
      value={<AdoptionFigureText figure={totals.requests} />}
      detail="model requests"
    />,
    <AdoptionTile
      key="tokens"
      title="Tokens"
      value={
        <AdoptionFigureText
          figure={sumFigures(totals.tokensIn, totals.tokensOut)}
        />
      }
      detail="input and output"
    />,
    <AdoptionTile
      key="cost"
      title="Cost"
      value={<AdoptionFigureText figure={totals.cost} format="cost" />}
      detail="as the sources state or estimate it"
    />,
    <AdoptionTile
      key="merge-requests"
      title="Merge requests per week"
      value={formatNumber(totals.mergeRequestsPerWeek, 'rate')}
      detail={`${mergeChange ? `${mergeChange} vs ` : 'vs '}${formatNumber(
        baseline.mergeRequestsPerWeek,
        'rate',
      )} (${baselineDays})`}
    />,
    <AdoptionTile
      key="ai-share"
      title="AI-assisted share"
      value={formatNumber(totals.aiAssistedShare, 'share')}
      detail={`of merged merge requests; ${
        shareChange ? `${shareChange} vs ` : 'vs '
      }${formatNumber(baseline.aiAssistedShare, 'share')} (${baselineDays})`}
    />,
    <AdoptionTile
      key="context"
      title="Agent context fetches"
      value={<AdoptionFigureText figure={totals.contextFetches} />}
      detail="contexts, AGENTS.md and MCP reads"
    />,
  ];

  const anyWithheld = [
    totals.activeUsers,
    totals.requests,
    totals.tokensIn,
    totals.tokensOut,
    totals.cost,
    totals.contextFetches,
  ].some(isWithheld);
  return (
    <>
      <Grid container spacing={2}>
        {tiles.map(tile => (
          <Grid item key={tile.key} xs={12} sm={6} md={4}>
            {tile}
          </Grid>
        ))}
      </Grid>
      {anyWithheld && (
        <AdoptionWithheldNote minimumGroupSize={overview.minimumGroupSize} />
      )}
    </>
  );
}

/**
 * The headline figures of the range: who uses AI, how much, at what cost,
 * and how merge requests compare with the baseline period.
 */
export function AdoptionTiles(props: {
  state: AdoptionOverviewState;
  range: AdoptionRange;
}) {
  const content = (
    <AdoptionOverviewStates
      state={props.state}
      emptyTitle="No AI usage recorded in this range yet"
    >
      {overview => <Tiles overview={overview} range={props.range} />}
    </AdoptionOverviewStates>
  );
  return (
    <InfoCard
      title="Headline figures"
      titleTypographyProps={{ component: 'h2' }}
      subheader={`${props.range.from} to ${props.range.to}`}
    >
      <section aria-label="Headline figures" data-testid="adoption-tiles">
        {content}
      </section>
    </InfoCard>
  );
}
