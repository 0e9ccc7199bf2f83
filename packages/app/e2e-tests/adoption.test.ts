import { expect, Page, test } from '@playwright/test';
import { openAsGuest, screenshot } from './portal';

/**
 * AI adoption in the running portal, from the demo usage that the local
 * portal seeds on its first start (agentContext.adoption.demo.enabled in
 * app-config.yaml): 90 days for the example organisation, through the
 * real ingestion paths. The ML team has three people, under the minimum
 * group size of five, so its figures are withheld.
 */

const ADOPTION = '/agent-context/adoption';

/** Opens the page once the demo data is in (seeding runs after start). */
async function openAdoption(page: Page, path = ADOPTION) {
  await expect(async () => {
    await openAsGuest(page, path, 'AI adoption');
    await expect(page.getByTestId('adoption-demo-banner')).toBeVisible({
      timeout: 10_000,
    });
    await expect(
      page
        .getByRole('table', { name: 'Teams' })
        .getByRole('row', { name: 'group:default/web-team' }),
    ).toBeVisible({ timeout: 10_000 });
    // The overview may have been read before seeding got far enough: the
    // page then says there is no usage yet, and is opened again.
    await expect(
      page
        .getByTestId('adoption-tiles')
        .getByRole('group', { name: 'Active AI users', exact: true }),
    ).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 240_000 });
}

/** A tile's figure as a number ("1,234" or "9.3K"). */
async function tileNumber(page: Page, tile: string): Promise<number> {
  const text = await page
    .getByRole('group', { name: tile, exact: true })
    .getByTestId('adoption-tile-value')
    .innerText();
  const match = /([\d.,]+)\s*([KMB]?)/.exec(text);
  expect(match, `${tile} shows a number, not "${text}"`).not.toBeNull();
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match![2]]!;
  return Number(match![1].replace(/,/g, '')) * scale;
}

test.describe('the AI adoption page', () => {
  test('shows the demo organisation: tiles, trends, tables, who has not started and the least ready', async ({
    page,
  }) => {
    await openAdoption(page);
    await expect(page.getByTestId('adoption-demo-banner')).toContainText(
      'Demo data',
    );

    const tiles = page.getByTestId('adoption-tiles');
    for (const tile of [
      'Active AI users',
      'Teams with activity',
      'Requests',
      'Tokens',
      'Cost',
      'Merge requests per week',
      'AI-assisted share',
      'Agent context fetches',
    ]) {
      await expect(
        tiles.getByRole('group', { name: tile, exact: true }),
      ).toBeVisible();
    }
    expect(await tileNumber(page, 'Active AI users')).toBeGreaterThan(20);
    await expect(
      tiles.getByRole('group', { name: 'Active AI users', exact: true }),
    ).toContainText(/\d+% of \d+ catalog users/);

    // Weekly trends, the merge requests against the baseline.
    for (const chart of [
      'Requests per week',
      'Merged merge requests per week',
    ]) {
      const figure = page.getByRole('figure', { name: chart, exact: true });
      await expect(figure.locator('svg').first()).toBeVisible();
      await expect(figure).toContainText(/week of \d{4}-\d{2}-\d{2}: /);
    }

    // A team of three is withheld, never shown as zero.
    const teams = page.getByRole('table', { name: 'Teams' });
    const ml = teams.getByRole('row', { name: 'group:default/ml-team' });
    await expect(ml).toContainText('withheld');
    await expect(ml.getByLabel(/^Withheld: /).first()).toBeVisible();

    const services = page.getByRole('table', { name: 'Services' });
    await expect(services.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByTestId('adoption-least-ready')).toBeVisible();
    await expect(
      page.getByTestId('adoption-least-ready').getByRole('listitem').first(),
    ).toBeVisible();
    // Every demo team took part; a service that nobody touched shows.
    await expect(
      page.getByText('Every team has activity in this range.'),
    ).toBeVisible();
    await expect(
      page.getByTestId('adoption-no-activity-services').getByRole('listitem'),
    ).not.toHaveCount(0);
    await screenshot(page, 'adoption-page.png', { fullPage: true });
  });

  test('sorts a table through the API and widens the date range', async ({
    page,
  }) => {
    await openAdoption(page);
    const services = page.getByRole('table', { name: 'Services' });

    // Sorted by cost, the demo's one expensive service comes first.
    const sorted = page.waitForResponse(
      response =>
        response.url().includes('/v1/adoption/entities?') &&
        response.url().includes('sort=cost'),
    );
    await services.getByRole('button', { name: 'Cost' }).click();
    expect((await sorted).status()).toBe(200);
    const costHeader = services.getByRole('columnheader', { name: /Cost/ });
    await expect(costHeader).toHaveAttribute('aria-sort', /descending/);
    await expect(services.locator('tbody tr').first()).toHaveAttribute(
      'aria-label',
      'component:default/customer-profile-service',
    );

    // Ninety days hold more requests than the last thirty.
    const thirtyDays = await tileNumber(page, 'Requests');
    await page.getByRole('button', { name: 'Last 90 days' }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
    await expect(
      page.getByRole('button', { name: 'Last 90 days' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => tileNumber(page, 'Requests'))
      .toBeGreaterThan(thirtyDays);
  });
});

test.describe('adoption and readiness on entity pages', () => {
  test("a service's readiness with its fixes, and its usage trend", async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/component/storefront-web',
      'Storefront web',
    );
    const overview = page.getByTestId('agent-readiness-overview-card');
    await expect(
      overview.getByLabel(/^Agent readiness \d+ of 100/),
    ).toBeVisible();

    await expect(async () => {
      await openAsGuest(
        page,
        '/catalog/default/component/storefront-web/agent-context?section=adoption',
        'Storefront web',
      );
      await expect(
        page.getByTestId('agent-adoption-card').getByRole('figure').first(),
      ).toContainText(/week of \d{4}-\d{2}-\d{2}: /, { timeout: 10_000 });
    }).toPass({ timeout: 240_000 });
    const readiness = page.getByTestId('agent-readiness-card');
    await expect(readiness.getByRole('list', { name: 'Fixes' })).toBeVisible();
    await screenshot(readiness, 'readiness-card.png');
    await screenshot(
      page.getByTestId('agent-adoption-card'),
      'entity-adoption-card.png',
    );
  });

  test('a team card lists its services with their usage and readiness', async ({
    page,
  }) => {
    await expect(async () => {
      await openAsGuest(page, '/catalog/default/group/web-team', 'Web Team');
      const table = page.getByRole('table', { name: 'Team services' });
      await expect(
        table.getByRole('link', { name: 'Storefront web' }),
      ).toBeVisible({
        timeout: 10_000,
      });
      await expect(
        table.getByLabel(/^Agent readiness \d+ of 100/).first(),
      ).toBeVisible();
    }).toPass({ timeout: 240_000 });
    await screenshot(
      page.getByTestId('group-adoption-card'),
      'group-adoption-card.png',
    );
  });

  test('a team under the minimum group size shows as withheld on its card', async ({
    page,
  }) => {
    await openAsGuest(
      page,
      '/catalog/default/group/ml-team',
      'Machine Learning Team',
    );
    await expect(page.getByTestId('group-adoption-card')).toContainText(
      /withheld/,
      { timeout: 240_000 },
    );
  });
});
