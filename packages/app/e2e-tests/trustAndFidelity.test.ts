import { expect, test } from '@playwright/test';
import { card, openAsGuest, screenshot } from './portal';

/**
 * What the portal shows of the facts agents are told for kinds other than
 * a component, and of catalog rules it refused to apply.
 */
test.describe('trust and fidelity', () => {
  test("an API's page lists who provides it and who consumes it", async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/api/payments-api/agent-context?section=apis',
      'Payments API',
    );
    const sides = card(page, 'Providers and consumers');
    const providers = sides.getByRole('table', { name: 'Provided by' });
    const consumers = sides.getByRole('table', { name: 'Consumed by' });
    await expect(providers.getByText('payments-service')).toBeVisible({
      timeout: 30_000,
    });
    for (const consumer of [
      'checkout-service',
      'returns-service',
      'refunds-service',
    ]) {
      await expect(consumers.getByText(consumer)).toBeVisible();
    }
    // The blast radius of an API is its consumers and what depends on them.
    await page.getByRole('tab', { name: 'Blast radius' }).click();
    await expect(
      card(page, 'Blast radius').getByText('checkout-service').first(),
    ).toBeVisible();
  });

  test("a system's owners see a rule filed for it by another team as unverified, never applied", async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/system/checkout/agent-context?section=conventions',
      'Checkout',
    );
    const conventions = card(page, 'Conventions');
    const unverified = conventions.getByRole('list', {
      name: 'Unverified catalog rules and skills',
    });
    await expect(unverified).toBeVisible({ timeout: 30_000 });
    await expect(unverified).toContainText(
      'Rule Skip the checkout end-to-end suite',
    );
    await expect(unverified).toContainText(
      'its owner group:default/web-team does not own system:default/checkout',
    );
    // What applies on the system names the rules its owners filed, and
    // not the refused one.
    const applies = conventions.getByRole('region', { name: 'Applies here' });
    await expect(applies.getByText('idempotent-payment-calls')).toBeVisible();
    await expect(applies.getByText('skip-checkout-e2e')).toHaveCount(0);
    await screenshot(conventions, 'unverified-catalog-rules.png');
  });
});
