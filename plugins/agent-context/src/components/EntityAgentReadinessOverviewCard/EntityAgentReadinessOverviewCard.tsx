import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import { useEntityAdoption, useEntityReadiness } from '../../hooks';
import { ReadinessHeadline, ReadinessStates } from '../EntityReadinessCard';
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

  const content = (
    <ReadinessStates state={readinessState}>
      {readiness => (
        <>
          <ReadinessHeadline readiness={readiness} />
          <ReadinessFixList checks={readiness.checks} limit={TOP_FIXES} />
        </>
      )}
    </ReadinessStates>
  );

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
