import { render, screen } from '@testing-library/react';
import { figuresOf, withheld } from '../../__fixtures__/adoption';
import { AdoptionTrendChart } from './AdoptionTrendChart';

const buckets = [
  { start: '2026-11-16', end: '2026-11-22', ...figuresOf({ requests: 120 }) },
  {
    start: '2026-11-23',
    end: '2026-11-29',
    ...figuresOf({ requests: withheld }),
  },
  {
    start: '2026-11-30',
    end: '2026-12-02',
    ...figuresOf({ requests: 15_400 }),
  },
];

describe('AdoptionTrendChart', () => {
  it('writes out the last period and counts the withheld ones', () => {
    render(
      <AdoptionTrendChart
        title="Requests per week"
        buckets={buckets}
        series={[{ figure: 'requests', label: 'Requests' }]}
        width={500}
      />,
    );
    expect(
      screen.getByRole('figure', { name: 'Requests per week' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /week of 2026-11-30: Requests 15.4K · 1 period withheld for privacy/,
      ),
    ).toBeInTheDocument();
  });

  it('says when there is nothing to draw', () => {
    render(
      <AdoptionTrendChart
        title="Cost per week"
        buckets={[]}
        series={[{ figure: 'cost', label: 'Cost' }]}
        width={500}
      />,
    );
    expect(screen.getByText('Cost per week · no data')).toBeInTheDocument();
  });
});
