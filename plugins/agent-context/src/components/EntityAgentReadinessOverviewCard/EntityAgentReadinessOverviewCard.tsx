import { ReactNode } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import { responseStatusOf } from '../../adoption';
import { useEntityAdoption, useEntityReadiness } from '../../hooks';
import { NotScored, ReadinessHeadline } from '../EntityReadinessCard';
import { ReadinessFixList } from '../ReadinessFixList';
import { UsageSummaryLine } from './UsageSummaryLine';

/**
 * Props of {@link EntityAgentReadinessOverviewCard}.
 *
 * @public
 */
export interface EntityAgentReadinessOverviewCardProps {
  /** Path of the Agent context tab under the entity page; `agent-context` unless told. */
  tabPath?: string;
}

/** The usage line's period: the readiness usage checks' default window. */
const USAGE_DAYS = 30;
const TOP_FIXES = 3;

/**
 * For the Overview tab: the entity's agent readiness, its three most
 * valuable fixes and its AI usage in one line, with a link to the Agent
 * context tab where the rest is.
 */
export function EntityAgentReadinessOverviewCard(
  props: EntityAgentReadinessOverviewCardProps,
) {
  const { tabPath = 'agent-context' } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const readinessState = useEntityReadiness(entityRef);
  const adoptionState = useEntityAdoption(entityRef, USAGE_DAYS);
  const entityRoute = useRouteRef(entityRouteRef);
  const tabLink = `${entityRoute(entityRouteParams(entity))}/${tabPath}`;

  const { readiness, loading, error } = readinessState;
  let content: ReactNode = null;
  if (error) {
    content =
      responseStatusOf(error) === 404 ? (
        <NotScored />
      ) : (
        <ResponseErrorPanel error={error} />
      );
  } else if (loading && !readiness) {
    content = <Progress />;
  } else if (readiness) {
    content = (
      <>
        <ReadinessHeadline readiness={readiness} />
        <ReadinessFixList checks={readiness.checks} limit={TOP_FIXES} />
      </>
    );
  }

  return (
    <Box
      component="section"
      aria-label="Agent readiness overview"
      data-testid="agent-readiness-overview-card"
      sx={{ height: '100%' }}
    >
      <InfoCard
        title="Agent readiness"
        variant="gridItem"
        deepLink={{ title: 'View agent context', link: tabLink }}
      >
        {content}
        <UsageSummaryLine days={USAGE_DAYS} {...adoptionState} />
      </InfoCard>
    </Box>
  );
}
