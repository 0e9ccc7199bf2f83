import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  Convention,
  neutralizeMarkdown,
} from '@agent-context/plugin-agent-context-common';
import { HOSTILE_TEXTS } from '@agent-context/plugin-agent-context-common/testUtils';
import { ConventionList, ConventionListItem } from './ConventionListItem';

const catalogRule: Convention = {
  id: 'idempotent-payment-calls',
  scope: 'system:default/checkout',
  source: 'catalog',
  action: 'define',
  category: 'rule',
  title: 'Retries never charge twice',
  body: 'Every call that takes money carries an **idempotency key**.',
  severity: 'must',
  enforced: false,
  topic: 'reliability',
  rationale: 'A provider timeout once led to double charges.',
  location: 'airesource:default/idempotent-payment-calls',
  revision: 0,
};

describe('ConventionListItem', () => {
  it("shows a catalog rule's subject and rationale beside its body", async () => {
    await renderInTestApp(
      <ConventionList label="Rules">
        <ConventionListItem convention={catalogRule} />
      </ConventionList>,
    );
    const item = screen.getByRole('listitem', {
      name: 'idempotent-payment-calls',
    });
    expect(item).toHaveTextContent('Retries never charge twice');
    expect(item).toHaveTextContent('MUST');
    expect(item).toHaveTextContent('reliability');
    expect(item).toHaveTextContent(
      'Why: A provider timeout once led to double charges.',
    );
    expect(screen.getByText('idempotency key').tagName).toBe('STRONG');
  });

  it('shows a waiver by its reason, not a body', async () => {
    await renderInTestApp(
      <ConventionList label="Waivers">
        <ConventionListItem
          convention={{
            ...catalogRule,
            source: 'database',
            action: 'waive',
            reason: 'Refunds are idempotent by design.',
            rationale: undefined,
            topic: undefined,
          }}
        />
      </ConventionList>,
    );
    const item = screen.getByRole('listitem', {
      name: 'idempotent-payment-calls',
    });
    expect(item).toHaveTextContent('waiver');
    expect(item).toHaveTextContent('Reason: Refunds are idempotent by design.');
    expect(item).not.toHaveTextContent('idempotency key');
  });

  describe('a body with bare addresses', () => {
    const bodies = HOSTILE_TEXTS.map(({ text }) => `${text}\n\n- ${text}`);

    async function linksIn(body: string) {
      const { container } = await renderInTestApp(
        <ConventionList label="Rules">
          <ConventionListItem convention={{ ...catalogRule, body }} />
        </ConventionList>,
      );
      return Array.from(
        container.querySelectorAll('a[href]'),
        a => a.getAttribute('href')!,
      ).filter(href => /bare\.example/i.test(href));
    }

    it('would show them as links as written', async () => {
      expect((await linksIn(bodies.join('\n\n'))).length).toBeGreaterThan(10);
    });

    it('shows them as text once neutralised, as the backend serves bodies', async () => {
      expect(
        await linksIn(bodies.map(neutralizeMarkdown).join('\n\n')),
      ).toEqual([]);
    });
  });
});
