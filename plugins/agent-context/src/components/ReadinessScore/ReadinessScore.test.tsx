import { render, screen } from '@testing-library/react';
import { ReadinessScore, readinessBand } from './ReadinessScore';

describe('ReadinessScore', () => {
  it('bands scores at 80 and 50', () => {
    expect([100, 80, 79, 50, 49, 0].map(readinessBand)).toEqual([
      'success',
      'success',
      'warning',
      'warning',
      'error',
      'error',
    ]);
  });

  it('says the band in words as well as in colour', () => {
    render(<ReadinessScore score={48} />);
    expect(
      screen.getByLabelText('Agent readiness 48 of 100, not ready'),
    ).toHaveTextContent('48 / 100');
  });
});
