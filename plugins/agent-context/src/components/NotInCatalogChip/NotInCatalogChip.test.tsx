import { render, screen } from '@testing-library/react';
import { NotInCatalogChip } from './NotInCatalogChip';

describe('NotInCatalogChip', () => {
  it('labels the gap and explains it on hover', () => {
    render(<NotInCatalogChip />);
    expect(screen.getByText('not in catalog')).toBeInTheDocument();
    expect(
      screen.getByTitle(
        'The catalog has no entity with this ref, or you may not read it',
      ),
    ).toBeInTheDocument();
  });
});
