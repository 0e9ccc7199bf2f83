import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { card, openAsGuest, screenshot } from './portal';

/**
 * The Agent context tab in the running portal: guest sign-in, an example
 * entity's page, and what the tab shows about it. scripts/lib/e2e.sh starts
 * the portal; set UPDATE_SCREENSHOTS=1 to refresh the README's screenshots.
 */

test.describe('the Agent context tab', () => {
  test('puts the summary, readiness, AGENTS.md and connection first, and the long lists a click away', async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/checkout-service',
      'Checkout service',
    );
    await page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'Agent context' })
      .click();
    await expect(page).toHaveURL(/\/agent-context$/);

    // The first screen: what a person comes for.
    const firstScreen = page.viewportSize()!.height;
    const readiness = page.getByTestId('agent-readiness-card');
    await expect(
      readiness.getByLabel(/^Agent readiness \d+ of 100/),
    ).toBeVisible();
    await expect(readiness.getByRole('list', { name: 'Fixes' })).toBeVisible();
    for (const title of ['Summary', 'AGENTS.md', 'Connect an agent']) {
      const top = (await card(page, title).boundingBox())?.y;
      expect(top, `${title} starts on the first screen`).toBeLessThan(
        firstScreen - 150,
      );
    }
    expect((await readiness.boundingBox())!.y).toBeLessThan(firstScreen - 150);
    await screenshot(page, 'agent-context-tab.png');

    // The long lists, each behind its section tab.
    const sections = page.getByRole('tablist', {
      name: 'Agent context sections',
    });
    await expect(card(page, 'Ownership')).toHaveCount(0);
    await sections.getByRole('tab', { name: 'Ownership & system' }).click();
    const ownership = card(page, 'Ownership');
    await expect(ownership.getByText('Checkout Team').first()).toBeVisible();
    await expect(
      ownership.getByText('checkout-team@northwind.example'),
    ).toBeVisible();
    for (const parent of [
      'Commerce Engineering',
      'Engineering',
      'Northwind Commerce',
    ]) {
      await expect(
        ownership.getByRole('link', { name: parent, exact: true }),
      ).toBeVisible();
    }
    await expect(ownership.getByText('Guest User')).toBeVisible();
    await expect(page).toHaveURL(/section=ownership/);

    await sections.getByRole('tab', { name: 'Dependencies' }).click();
    const dependencies = card(page, 'Dependencies');
    await expect(
      dependencies.getByRole('link', { name: /payments-service/ }).first(),
    ).toBeVisible();
    await expect(
      dependencies.getByRole('link', { name: /storefront-web/ }).first(),
    ).toBeVisible();

    await sections.getByRole('tab', { name: 'APIs' }).click();
    const apis = card(page, 'APIs');
    await expect(
      apis.getByRole('link', { name: /checkout-api/ }).first(),
    ).toBeVisible();
    await expect(
      apis.getByRole('link', { name: /payments-api/ }).first(),
    ).toBeVisible();

    await sections.getByRole('tab', { name: 'Blast radius' }).click();
    const blastRadius = card(page, 'Blast radius');
    await expect(blastRadius.getByText(/can affect \d+ entit/)).toBeVisible();
    await expect(
      blastRadius.getByRole('link', { name: /mobile-bff/ }).first(),
    ).toBeVisible();
  });

  test('renders, shows raw and downloads the AGENTS.md, and budgets it', async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/checkout-service/agent-context',
      'Checkout service',
    );
    const agentsMd = card(page, 'AGENTS.md');
    const tokenCount = agentsMd.locator('.MuiCardHeader-subheader');
    await expect(tokenCount).toHaveText(/^[\d,]+ tokens$/);
    await expect(
      agentsMd.getByRole('heading', { name: 'Blast radius' }),
    ).toBeVisible();
    await screenshot(agentsMd, 'agents-md-card.png');

    await agentsMd.getByRole('tab', { name: 'Raw' }).click();
    await expect(
      agentsMd.getByText(
        '<!-- agent-context: entity=component:default/checkout-service',
        {
          exact: false,
        },
      ),
    ).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agentsMd.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('AGENTS.md');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toContain('# Checkout service');
    expect(saved).toContain('## Ownership');

    const countOf = async () =>
      Number(((await tokenCount.textContent()) ?? '').replace(/\D/g, ''));
    const fullTokens = await countOf();
    await agentsMd
      .getByRole('spinbutton', { name: 'Token budget' })
      .fill('2000');
    await agentsMd.getByRole('button', { name: 'Apply' }).click();
    await expect(
      agentsMd.getByText('## Left out', { exact: false }),
    ).toBeVisible();
    await expect(async () => {
      const budgeted = await countOf();
      expect(budgeted).toBeLessThanOrEqual(2000);
      expect(budgeted).toBeLessThan(fullTokens);
    }).toPass();
  });

  test('offers connection snippets filled in with this portal’s URL', async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/checkout-service/agent-context',
      'Checkout service',
    );
    const connect = card(page, 'Connect an agent');
    await expect(
      connect
        .getByText(
          'http://localhost:7107/api/agent-context/v1/entities/component/default/checkout-service',
          { exact: false },
        )
        .first(),
    ).toBeVisible();
    await connect.getByRole('tab', { name: 'Claude Code' }).click();
    await expect(
      connect
        .getByText('claude mcp add --transport http', { exact: false })
        .first(),
    ).toBeVisible();
    await expect(
      connect
        .getByText('http://localhost:7107/api/mcp-actions/v1', { exact: false })
        .first(),
    ).toBeVisible();
    await screenshot(connect, 'connect-an-agent.png');
  });

  test('summarises the context on the entity overview', async ({ page }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/identity-service',
      'Identity service',
    );
    const overview = card(page, 'Agent context');
    await expect(overview.getByText('Identity Team').first()).toBeVisible();
    await expect(overview.getByText(/tokens/).first()).toBeVisible();
  });

  test('marks a dependency that is not in the catalog', async ({ page }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/legacy-ledger/agent-context',
      'Legacy ledger',
    );
    const dependencies = card(page, 'Dependencies');
    const row = dependencies
      .getByRole('row')
      .filter({ hasText: 'mainframe-gateway' });
    await expect(row.getByText('not in catalog')).toBeVisible();
    await expect(
      row.getByRole('link', { name: /mainframe-gateway/ }),
    ).toHaveCount(0);
  });
});
