import { render, screen, within } from '@testing-library/react';
import { sampleReadiness } from '../../__fixtures__/adoption';
import { ReadinessFixList } from './ReadinessFixList';

describe('ReadinessFixList', () => {
  it('lists the failed checks, heaviest first, each with its fix and link', () => {
    render(<ReadinessFixList checks={sampleReadiness.checks} />);

    const items = within(
      screen.getByRole('list', { name: 'Fixes' }),
    ).getAllByRole('listitem');
    expect(items.map(item => item.getAttribute('aria-label'))).toEqual([
      'Documentation',
      'Agent usage in the last 30 days',
    ]);
    expect(items[0]).toHaveTextContent(
      'Link its docs (TechDocs or a docs link).',
    );
  });

  it('opens a link outside the portal in a new tab, and the portal’s own in place', () => {
    const checks = [
      ...sampleReadiness.checks.filter(check => check.id === 'docs'),
      {
        ...sampleReadiness.checks[0],
        id: 'convention',
        title: 'A convention',
        passed: false,
        link: `${window.location.origin}/catalog/default/component/a/agent-context`,
      },
    ];
    render(<ReadinessFixList checks={checks} />);

    const external = screen.getByRole('link', {
      name: 'Fix Documentation (opens in a new tab)',
    });
    expect(external).toHaveAttribute(
      'href',
      'https://github.com/northwind/checkout-service/blob/main/catalog-info.yaml',
    );
    expect(external).toHaveAttribute('target', '_blank');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    const own = screen.getByRole('link', { name: 'Fix A convention' });
    expect(own).not.toHaveAttribute('target');
  });

  it('keeps the first few when limited, and says when nothing fails', () => {
    const { rerender } = render(
      <ReadinessFixList checks={sampleReadiness.checks} limit={1} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);

    rerender(
      <ReadinessFixList
        checks={sampleReadiness.checks.map(check => ({
          ...check,
          passed: true,
        }))}
      />,
    );
    expect(
      screen.getByText('Every check passes: nothing to fix.'),
    ).toBeInTheDocument();
  });
});
