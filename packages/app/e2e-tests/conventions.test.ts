import { expect, Page, test } from '@playwright/test';
import { card, openAsGuest, screenshot } from './portal';

/**
 * Conventions in the running portal, as the guest (a member of
 * checkout-team, so an owner of checkout-service and of nothing the
 * payments team owns). Each run starts from a fresh database, and each test
 * writes conventions with ids of its own.
 */

// The tab opens its Conventions section from the link.
const CHECKOUT_TAB =
  '/catalog/default/component/checkout-service/agent-context?section=conventions';

async function openCheckoutConventions(page: Page) {
  await openAsGuest(page, CHECKOUT_TAB, 'Checkout service');
  const conventions = card(page, 'Conventions');
  await expect(
    conventions.getByRole('button', { name: 'Add convention' }),
  ).toBeVisible({ timeout: 30_000 });
  return conventions;
}

/** Fills the editor dialog for a new rule and saves it. */
async function addRule(
  page: Page,
  rule: { id: string; title: string; body: string },
) {
  await card(page, 'Conventions')
    .getByRole('button', { name: 'Add convention' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('#convention-id').fill(rule.id);
  await dialog.getByLabel('Category').selectOption('rule');
  await dialog.getByLabel('Severity').selectOption('must');
  await dialog.getByLabel('Title').fill(rule.title);
  await dialog.getByLabel('Body (Markdown)').fill(rule.body);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('conventions', () => {
  test('an owner adds a rule and sees it in the AGENTS.md at once', async ({
    page,
  }) => {
    const conventions = await openCheckoutConventions(page);
    // The org codex from app-config and checkout-service's own file apply.
    await expect(conventions.getByText('SEC-001').first()).toBeVisible();
    await expect(conventions.getByText('CHK-001').first()).toBeVisible();

    await addRule(page, {
      id: 'E2E-FLAGS',
      title: 'Feature flags live in the checkout namespace',
      body: 'Name every flag `checkout.<feature>`.',
    });
    await expect(conventions.getByText('E2E-FLAGS').first()).toBeVisible();

    const agentsMd = card(page, 'AGENTS.md');
    await agentsMd.getByRole('tab', { name: 'Raw' }).click();
    await expect(
      agentsMd.getByText(
        '`E2E-FLAGS` **Feature flags live in the checkout namespace**',
        { exact: false },
      ),
    ).toBeVisible();
    await screenshot(conventions, 'conventions-card.png');
  });

  test('a non-owner sees conventions read-only, with whom to ask', async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/payments-service/agent-context?section=conventions',
      'Payments service',
    );
    const conventions = card(page, 'Conventions');
    await expect(
      conventions.getByText(/To change these conventions, ask/),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      conventions.getByText('payments-team', { exact: false }).first(),
    ).toBeVisible();
    await expect(
      conventions.getByRole('button', { name: 'Add convention' }),
    ).toHaveCount(0);
    await expect(
      conventions.getByRole('button', { name: /^(Edit|Override|Waive) / }),
    ).toHaveCount(0);
  });

  test('a stale edit shows the conflict and keeps what was typed', async ({
    page,
    context,
  }) => {
    await openCheckoutConventions(page);
    await addRule(page, {
      id: 'E2E-STALE',
      title: 'Original title',
      body: 'First version.',
    });

    // Someone opens the editor here...
    await card(page, 'Conventions')
      .getByRole('button', { name: 'Edit E2E-STALE' })
      .click();
    const mine = page.getByRole('dialog');
    await mine.getByLabel('Title').fill('My title');

    // ...while someone else saves first in another tab.
    const other = await context.newPage();
    await openCheckoutConventions(other);
    await card(other, 'Conventions')
      .getByRole('button', { name: 'Edit E2E-STALE' })
      .click();
    const theirs = other.getByRole('dialog');
    await theirs.getByLabel('Title').fill('Their title');
    await theirs.getByRole('button', { name: 'Save' }).click();
    await expect(theirs).toBeHidden();

    await mine.getByRole('button', { name: 'Save' }).click();
    await expect(mine.getByText(/Someone else saved/)).toBeVisible();
    await expect(mine.getByText('Their title').first()).toBeVisible();
    await expect(mine.getByLabel('Title')).toHaveValue('My title');
    await screenshot(mine, 'convention-conflict.png');

    await mine
      .getByRole('button', { name: 'Apply my changes to their version' })
      .click();
    await mine.getByRole('button', { name: 'Save' }).click();
    await expect(mine).toBeHidden();
    await expect(
      card(page, 'Conventions').getByText('My title').first(),
    ).toBeVisible();
  });

  test('a <script> in a body never runs', async ({ page }) => {
    await openCheckoutConventions(page);
    const hostile =
      '<script>window.__codexInjected = "script"</script>\n\n' +
      '<img src="x" onerror="window.__codexInjected = \'onerror\'">\n\n' +
      '[click](javascript:window.__codexInjected="link")';

    await card(page, 'Conventions')
      .getByRole('button', { name: 'Add convention' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#convention-id').fill('E2E-XSS');
    await dialog.getByLabel('Category').selectOption('boundary');
    await dialog.getByLabel('Title').fill('Hostile body');
    await dialog.getByLabel('Body (Markdown)').fill(hostile);
    await dialog.getByRole('tab', { name: 'Preview' }).click();
    await expect(dialog.getByLabel('Body preview')).toBeVisible();
    await expect(dialog.locator('script, img[onerror]')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    const conventions = card(page, 'Conventions');
    await expect(conventions.getByText('E2E-XSS').first()).toBeVisible();
    await page.reload();
    await expect(
      card(page, 'Conventions').getByText('E2E-XSS').first(),
    ).toBeVisible({ timeout: 30_000 });
    const links = card(page, 'Conventions').getByRole('link', {
      name: 'click',
    });
    if ((await links.count()) > 0) {
      await links.first().click({ noWaitAfter: true });
    }
    expect(await page.evaluate(() => (window as any).__codexInjected)).toBe(
      undefined,
    );
    await expect(
      page.locator('.MuiCard-root script, .MuiCard-root img[onerror]'),
    ).toHaveCount(0);
  });

  test('the codex page lists the org codex, read-only for non-admins', async ({
    page,
  }) => {
    await openAsGuest(page, '/agent-context/codex', 'Codex');
    await expect(page.getByText('SEC-001').first()).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      page.getByText(/shipped with the installation/).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Add convention' }),
    ).toHaveCount(0);
    await page.getByLabel('Search').fill('secrets');
    await expect(page.getByText('SEC-001').first()).toBeVisible();
    await expect(page.getByText('TEST-001')).toHaveCount(0);
    await screenshot(page, 'codex-page.png', { fullPage: true });
  });
});
