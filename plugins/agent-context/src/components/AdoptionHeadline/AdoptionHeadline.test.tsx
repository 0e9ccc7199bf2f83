import { render, screen } from '@testing-library/react';
import { definitionOf } from '../../__testUtils__';
import {
  sampleServiceAdoption,
  withheldFiguresOf,
} from '../../__fixtures__/adoption';
import { AdoptionHeadline } from './AdoptionHeadline';

describe('AdoptionHeadline', () => {
  it('shows each headline figure and the share against its baseline', () => {
    render(
      <AdoptionHeadline
        totals={sampleServiceAdoption.totals}
        baseline={sampleServiceAdoption.baseline}
      />,
    );
    expect(definitionOf('Active users')).toHaveTextContent('8');
    expect(definitionOf('Requests')).toHaveTextContent('34K');
    expect(definitionOf('Cost')).toHaveTextContent('$1,250');
    expect(definitionOf('AI-assisted share')).toHaveTextContent(
      '63% of merged merge requests (baseline 10%)',
    );
    expect(definitionOf('Context fetches')).toHaveTextContent('1,300');
  });

  it('shows withheld figures as withheld, never as zero', () => {
    render(
      <AdoptionHeadline
        totals={withheldFiguresOf({ aiAssistedShare: 0.2 })}
        baseline={{ aiAssistedShare: null }}
      />,
    );
    for (const term of [
      'Active users',
      'Requests',
      'Cost',
      'Context fetches',
    ]) {
      expect(definitionOf(term)).toHaveTextContent('withheld');
      expect(definitionOf(term)).not.toHaveTextContent('0');
    }
    expect(screen.getByText(/baseline –/)).toBeInTheDocument();
  });
});
