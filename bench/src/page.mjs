// The AI adoption page in a real browser: headless Chromium (Debian's, driven
// by Playwright) opens the portal that the backend under test serves (the
// app's production bundle, through the app backend), signs in as the guest,
// and times how long the page takes to show its team and service tables over
// the adoption data already loaded (up to 2,000 services, 90 days). The
// catalog's own entity table, on the same catalog in the same browser, is
// the baseline: a Backstage page that also lists services from the backend.
//
// Each visit is an in-app navigation from another page, as a person moves
// around the portal: the clock starts when the route changes and stops when
// both tables show rows. The first visit also loads the page's code.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, round } from './load.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Builds the app's production bundle (packages/app/dist), which the app
 * backend serves. Returns how long the build took, for the log only.
 */
export function buildApp(root, log) {
  const started = Date.now();
  log('page: building the app bundle (packages/app/dist)');
  execFileSync('yarn', ['--cwd', join(root, 'packages/app'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = round((Date.now() - started) / 1000, 0);
  log(`page: app bundle built in ${seconds} s`);
  return seconds;
}

/** Whether the app bundle exists for the backend to serve. */
export function appBuilt(root) {
  const index = join(root, 'packages/app/dist/index.html');
  return existsSync(index) && statSync(index).size > 0;
}

/** Changes the single-page app's route without a page load. */
async function navigate(page, path) {
  return page.evaluate(target => {
    const started = performance.now();
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    return started;
  }, path);
}

/** A table's first data row, found by the table's accessible name. */
const rowOf = name => page =>
  page.getByRole('table', { name }).locator('tbody tr').first();
/** The first data row of the page's only table (the catalog's has no name). */
const anyRow = page => page.locator('table tbody tr').first();

/**
 * Times `visits` in-app navigations to `path`, each from `awayPath`; ready
 * when every row locator in `rows` is visible. Milliseconds per visit.
 */
async function timeVisits(page, { path, awayPath, rows, visits, timeoutMs }) {
  const times = [];
  for (let i = 0; i < visits; i++) {
    await navigate(page, awayPath);
    await page.waitForTimeout(300);
    const started = await navigate(page, path);
    await Promise.all(
      rows.map(row =>
        row(page).waitFor({ state: 'visible', timeout: timeoutMs }),
      ),
    );
    const shown = await page.evaluate(() => performance.now());
    times.push(shown - started);
  }
  return times;
}

const summary = times => ({
  visits: times.length,
  firstMs: round(times[0], 0),
  p50Ms: round(percentile(times.slice(1), 50), 0),
  maxMs: round(Math.max(...times.slice(1)), 0),
});

/**
 * Opens the portal at `base` and times the adoption page against the
 * catalog's entity table. `range` is the adoption page's query string.
 */
export async function measurePage({ base, range, visits, log }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
    });
    const catalogPath =
      '/catalog?filters%5Bkind%5D=component&filters%5Buser%5D=all';
    await page.goto(`${base}${catalogPath}`);
    const enter = page.getByRole('button', { name: 'Enter' });
    await enter.waitFor({ state: 'visible', timeout: 60_000 });
    await enter.click();
    await anyRow(page).waitFor({ state: 'visible', timeout: 60_000 });
    const adoptionPath = `/agent-context/adoption?${range}`;
    const options = { visits, timeoutMs: 60_000 };
    const adoption = await timeVisits(page, {
      ...options,
      path: adoptionPath,
      awayPath: '/agent-context/codex',
      rows: [rowOf('Teams'), rowOf('Services')],
    });
    log(
      `page: adoption tables shown in ${adoption
        .map(ms => round(ms, 0))
        .join(', ')} ms`,
    );
    const catalog = await timeVisits(page, {
      ...options,
      path: catalogPath,
      awayPath: '/agent-context/codex',
      rows: [anyRow],
    });
    log(
      `page: catalog table shown in ${catalog
        .map(ms => round(ms, 0))
        .join(', ')} ms`,
    );
    const result = { adoption: summary(adoption), catalog: summary(catalog) };
    result.ratioToCatalog = round(
      result.adoption.p50Ms / result.catalog.p50Ms,
      2,
    );
    return result;
  } finally {
    await browser.close();
  }
}
