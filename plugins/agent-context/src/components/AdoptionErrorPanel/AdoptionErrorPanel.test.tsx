import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { responseErrorOf } from '../../__testUtils__';
import { AdoptionErrorPanel } from './AdoptionErrorPanel';

describe('AdoptionErrorPanel', () => {
  it('says that the reader may not read adoption figures on a 403', async () => {
    await renderInTestApp(
      <AdoptionErrorPanel error={await responseErrorOf(403, 'no adoption')} />,
    );
    expect(
      screen.getByText(/You may not read adoption figures/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/403/)).not.toBeInTheDocument();
  });

  it('shows any other failure as an error with its message', async () => {
    await renderInTestApp(
      <AdoptionErrorPanel error={await responseErrorOf(500, 'store down')} />,
    );
    expect(screen.getByText('store down')).toBeInTheDocument();
    expect(
      screen.queryByText(/You may not read adoption figures/),
    ).not.toBeInTheDocument();
  });
});
