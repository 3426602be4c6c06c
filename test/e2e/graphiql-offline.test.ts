// GraphiQL with the network cut off: everything it loads comes from this server, and the README's examples run.
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../server/graphiql/examples.ts';
import { testDriver } from '../support/database.ts';
import { collectErrors, launchBrowser, type RunningServer, startServer } from './support/browser.ts';

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

describe('GraphiQL offline', () => {
  it('loads with every request to another host refused, opens the examples and runs one', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    const errors = collectErrors(page);
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      elsewhere.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const response = await page.goto(new URL('graphql', server.url).href);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await response?.text()).not.toMatch(/<script>|<script [^>]*>[^<]/);

    // The tabs are the README's examples, by operation name.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(exampleOperations.length);
    const editor = page.locator('.graphiql-query-editor');
    // Monaco draws spaces as no-break spaces.
    await expect.poll(async () => (await editor.innerText().catch(() => '')).replaceAll('\u00a0', ' '), { timeout: 30_000 }).toContain('query WorksWith');
    await page.getByRole('button', { name: /Execute query/i }).first().click();
    const result = page.locator('.result-window');
    await expect.poll(async () => (await result.innerText()).replaceAll('\u00a0', ' '), { timeout: 30_000 }).toContain('"name": "Other agencies"');
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
