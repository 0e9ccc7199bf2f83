import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CardSection } from './CardSection';

describe('CardSection', () => {
  it('heads its content with the title', async () => {
    await renderInTestApp(
      <CardSection title="Members (2)">
        <p>Ada Lovelace</p>
      </CardSection>,
    );
    expect(
      screen.getByRole('heading', { name: 'Members (2)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
  });
});
