import { defineConfig, devices } from '@playwright/test';

// TEST_PORT lets two checkouts run their browser tests side by side; the nginx server takes the
// port ten above it (4403 -> 4413), or NGINX_TEST_PORT when that one is another checkout's TEST_PORT;
// the fixture site twenty above it.
const port = Number(process.env.TEST_PORT ?? 4321);
const nginxPort = Number(process.env.NGINX_TEST_PORT ?? port + 10);
const fixturesPort = port + 20;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One retry on the 2-core CI machine: a test that passes only on retry is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps trying to reach Google's hosts on this closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Every page and tool, on the built dist/ served as the hosts serve it (`npm run preview`).
    { name: 'chromium', testIgnore: ['host/**', 'fixtures/**'], use: { ...devices['Desktop Chrome'] } },
    // Components on a small fixture site (tests/fixtures/site, `npm run build:fixtures`), whose
    // words exist only for the tests: rewording a real article never fails these.
    {
      name: 'fixtures',
      testMatch: 'fixtures/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${fixturesPort}` },
    },
    // The host configuration on a real server: dist/ through nginx with deploy/nginx/, headers,
    // redirects, caching and compression, and a reader's smoke tests.
    {
      name: 'nginx',
      testMatch: 'host/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${nginxPort}` },
    },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `DIST_DIR=dist-fixtures npm run preview -- --port ${fixturesPort}`,
      url: `http://localhost:${fixturesPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `bash scripts/serve-nginx.sh ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
