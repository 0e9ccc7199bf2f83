import { ReactNode } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntityReadiness } from '@agent-context/plugin-agent-context-common';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { responseStatusOf } from '../../adoption';
import { EntityReadinessState, useEntityReadiness } from '../../hooks';
import { CardSection } from '../CardSection';
import { ReadinessFixList } from '../ReadinessFixList';
import { ReadinessScore } from '../ReadinessScore';

/** Said where the backend does not score the entity's kind (a 404). */
export function NotScored() {
  return (
    <Typography variant="body2" color="text.secondary">
      Not scored: agent readiness is scored for components, APIs, resources and
      systems.
    </Typography>
  );
}

/** The score with how many checks pass, the head of both readiness cards. */
export function ReadinessHeadline(props: { readiness: EntityReadiness }) {
  const { score, checks } = props.readiness;
  const passed = checks.filter(check => check.passed).length;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
      <ReadinessScore score={score} size="medium" />
      <Typography variant="body2" color="text.secondary">
        {passed} of {checks.length} checks pass
      </Typography>
    </Box>
  );
}

/**
 * What both readiness cards show before and instead of a readiness: not
 * scored (a 404), the error, or the loading state; the readiness itself
 * is drawn by `children`.
 */
export function ReadinessStates(props: {
  state: EntityReadinessState;
  children: (readiness: EntityReadiness) => ReactNode;
}) {
  const { readiness, loading, error } = props.state;
  if (error) {
    return responseStatusOf(error) === 404 ? (
      <NotScored />
    ) : (
      <ResponseErrorPanel error={error} />
    );
  }
  if (loading && !readiness) {
    return <Progress />;
  }
  return readiness ? <>{props.children(readiness)}</> : null;
}

// The passed checks take one wrapped line or two: they need no action.
const passedListSx = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 1.5,
  listStyle: 'none',
  p: 0,
  m: 0,
} as const;

function PassedChecks(props: { readiness: EntityReadiness }) {
  const passed = props.readiness.checks.filter(check => check.passed);
  if (passed.length === 0) {
    return null;
  }
  return (
    <CardSection title={`Passing (${passed.length})`}>
      <Box component="ul" aria-label="Passing checks" sx={passedListSx}>
        {passed.map(check => (
          <Typography
            key={check.id}
            component="li"
            variant="body2"
            color="text.secondary"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
          >
            <CheckCircleOutline fontSize="inherit" color="success" />
            {check.title}
          </Typography>
        ))}
      </Box>
    </CardSection>
  );
}

/**
 * How ready the entity on the page is for coding agents: its score, the
 * failed checks first with their fixes, then the passed ones compactly.
 */
export function EntityReadinessCard() {
  const { entity } = useEntity();
  const state = useEntityReadiness(stringifyEntityRef(entity));
  const content = (
    <ReadinessStates state={state}>
      {readiness => (
        <>
          <ReadinessHeadline readiness={readiness} />
          <CardSection title="To fix">
            {/* Its own scroll, so that a long list keeps the card beside the
                summary on the tab's first screen. */}
            <Box sx={{ maxHeight: 260, overflow: 'auto' }}>
              <ReadinessFixList checks={readiness.checks} />
            </Box>
          </CardSection>
          <PassedChecks readiness={readiness} />
        </>
      )}
    </ReadinessStates>
  );

  return (
    <Box
      component="section"
      aria-label="Agent readiness"
      data-testid="agent-readiness-card"
      sx={{ height: '100%' }}
    >
      <InfoCard title="Agent readiness" variant="fullHeight">
        {content}
      </InfoCard>
    </Box>
  );
}
