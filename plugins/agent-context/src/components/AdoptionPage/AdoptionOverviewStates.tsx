import { AdoptionOverview } from '@agent-context/plugin-agent-context-common';
import { Progress } from '@backstage/core-components';
import { ReactNode } from 'react';
import { hasActivity } from '../../adoption';
import { AdoptionOverviewState } from '../../hooks';
import { AdoptionEmptyState } from '../AdoptionEmptyState';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';

/**
 * What the cards drawn from the overview show before and instead of it:
 * the error (a refusal as a permission note), the loading state, or the
 * empty state naming `emptyTitle`; the overview itself is drawn by
 * `children`.
 */
export function AdoptionOverviewStates(props: {
  state: AdoptionOverviewState;
  emptyTitle: string;
  children: (overview: AdoptionOverview) => ReactNode;
}) {
  const { overview, error } = props.state;
  if (error) {
    return <AdoptionErrorPanel error={error} />;
  }
  if (!overview) {
    return <Progress />;
  }
  if (!hasActivity(overview.totals)) {
    return <AdoptionEmptyState title={props.emptyTitle} />;
  }
  return <>{props.children(overview)}</>;
}
