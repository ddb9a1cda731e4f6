import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './support/chromium.ts';

/**
 * Port of the app under test: not 4000, so the tests run beside a running `pnpm start`. `pnpm test:e2e`
 * (support/run.mjs) sets it: 4310, or a free port when 4310 is taken by another program.
 */
const port = Number(process.env.E2E_PORT ?? 4310);
export const baseURL = `http://localhost:${port}`;

/** Debian's Chromium where it exists, Playwright's own elsewhere. */
const launchOptions = systemChromium ? { executablePath: systemChromium, args: CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: './tests',
  // Per port, like the database and the saved sessions, so runs side by side keep their own results.
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Journeys (a few pages, each checked with axe, which alone takes seconds) run 10–25 s on a quiet 2-core
  // machine; twice that under load. The limit stays far above both, and a journey near it is split.
  timeout: 60_000,
  // A page's data can take seconds on a loaded 2-core machine: waits are generous, never sleeps.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: 'it-IT',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /global\.setup\.ts/, use: { launchOptions } },
    {
      name: 'chromium',
      dependencies: ['setup'],
      testIgnore: /tests\/phone\//,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // An ordinary phone held upright, by touch, in Italian: tests/phone/ only (each role's journey and
      // every page's width), while the desktop project runs the rest.
      name: 'phone',
      dependencies: ['setup'],
      testMatch: /tests\/phone\/.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'it-IT',
        launchOptions,
      },
    },
  ],
  webServer: {
    command: 'node support/start-app.mjs',
    url: `${baseURL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    // The app drains its requests and stops its database (which runs in a process group of its own).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
