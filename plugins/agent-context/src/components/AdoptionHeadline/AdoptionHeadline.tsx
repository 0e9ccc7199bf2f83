import {
  AdoptionBaseline,
  AdoptionFigures,
} from '@agent-context/plugin-agent-context-common';
import { formatNumber } from '../../adoption';
import { AdoptionFigureText } from '../AdoptionFigureText';
import { DefinitionItem, DefinitionList } from '../DefinitionList';

/**
 * The headline figures of a service or team: who used AI, how much, at
 * what cost, and how the AI-assisted share of merged merge requests
 * compares with the baseline period.
 */
export function AdoptionHeadline(props: {
  totals: AdoptionFigures;
  baseline: Pick<AdoptionBaseline, 'aiAssistedShare'>;
}) {
  const { totals, baseline } = props;
  return (
    <DefinitionList>
      <DefinitionItem term="Active users">
        <AdoptionFigureText figure={totals.activeUsers} />
      </DefinitionItem>
      <DefinitionItem term="Requests">
        <AdoptionFigureText figure={totals.requests} />
      </DefinitionItem>
      <DefinitionItem term="Cost">
        <AdoptionFigureText figure={totals.cost} format="cost" />
      </DefinitionItem>
      <DefinitionItem term="AI-assisted share">
        {formatNumber(totals.aiAssistedShare, 'share')} of merged merge requests
        (baseline {formatNumber(baseline.aiAssistedShare, 'share')})
      </DefinitionItem>
      <DefinitionItem term="Context fetches">
        <AdoptionFigureText figure={totals.contextFetches} />
      </DefinitionItem>
    </DefinitionList>
  );
}
