import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (Playwright's own browser download is
 * not used). scripts/lib/e2e.sh starts the portal and sets the base URL.
 */
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile:
          process.env.AGENT_CONTEXT_E2E_REPORT ??
          'node_modules/.cache/agent-context-e2e/report.json',
      },
    ],
  ],
  outputDir: 'node_modules/.cache/agent-context-e2e/results',
  use: {
    baseURL: process.env.PLAYWRIGHT_BASE_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1440, height: 1000 },
  },
});
