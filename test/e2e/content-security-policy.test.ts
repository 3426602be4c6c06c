// The explorer's Content-Security-Policy: scripts only from the server's own files, so markup that reached the
// page as markup still could not run a script.
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDriver } from '../support/database.ts';
import { launchBrowser, type RunningServer, startServer, waitForGraph } from './support/browser.ts';

let browser: Browser;
let driver: Driver;
let server: RunningServer;

beforeAll(async () => {
  driver = testDriver();
  server = await startServer(driver);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

it('serves the explorer with a policy that allows no inline script, and an injected handler or script does not run', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const response = await page.goto(server.url);
  const policy = response?.headers()['content-security-policy'] ?? '';
  const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  expect(scriptSources).toBe("'self'");
  expect(policy).toContain("object-src 'none'");
  await waitForGraph(page);
  // The explorer itself ran under the policy without a violation.
  expect(violations).toEqual([]);

  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = 1">');
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 2';
    document.body.append(script);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as Window & { __pwned?: number }).__pwned)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
  await page.close();
});
