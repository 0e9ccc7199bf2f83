import { expect, Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the browser tests share: signing in, finding cards, screenshots. */

const screenshotDir = process.env.UPDATE_SCREENSHOTS
  ? resolve(__dirname, '../../../docs/images')
  : resolve(__dirname, '../../../node_modules/.cache/agent-context-e2e');

/**
 * Opens a portal page, entering as the guest whenever the sign-in page shows
 * (a full page load starts a new session), and retries while the catalog is
 * still ingesting the example organisation after a cold start.
 */
export async function openAsGuest(page: Page, path: string, heading: string) {
  const title = page
    .getByRole('heading', { name: heading, exact: true })
    .first();
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(async () => {
    await page.goto(path);
    await expect(enter.or(title)).toBeVisible({ timeout: 15_000 });
    if (await enter.isVisible()) {
      await enter.click();
    }
    await expect(title).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
}

/** The card whose header reads exactly `title`. */
export function card(page: Page, title: string): Locator {
  return page.locator('.MuiCard-root').filter({
    has: page.locator('.MuiCardHeader-root').getByText(title, { exact: true }),
  });
}

/** Saves a screenshot: into docs/images with UPDATE_SCREENSHOTS=1. */
export async function screenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  mkdirSync(screenshotDir, { recursive: true });
  await target.screenshot({ path: resolve(screenshotDir, name), ...options });
}
