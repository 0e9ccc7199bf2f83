import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ConventionDiff } from './ConventionDiff';

describe('ConventionDiff', () => {
  it('marks removed and added lines, keeping the rest', async () => {
    const { container } = await renderInTestApp(
      <ConventionDiff
        before={'title: Old\n\nBody'}
        after={'title: New\n\nBody'}
        label="Changes"
      />,
    );

    const diff = screen.getByRole('region', { name: 'Changes' });
    expect(diff).toHaveTextContent('Body');
    expect(
      [...container.querySelectorAll('del')].map(line => line.textContent),
    ).toEqual(['- title: Old']);
    expect(
      [...container.querySelectorAll('ins')].map(line => line.textContent),
    ).toEqual(['+ title: New']);
  });
});
