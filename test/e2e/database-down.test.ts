// The explorer when the database cannot be reached: it says so plainly, keeps retrying, and recovers.
import getPort from 'get-port';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/graph/database.ts';
import { testDriver } from '../support/database.ts';
import { collectErrors, launchBrowser, type RunningServer, startServer, waitForGraph } from './support/browser.ts';

let browser: Browser;
let downDriver: Driver;
let downServer: RunningServer;
let upDriver: Driver;
let upServer: RunningServer;

beforeAll(async () => {
  // A port nothing listens on: every connection is refused, as when Neo4j is stopped.
  downDriver = createDriver(`bolt://127.0.0.1:${await getPort({ host: '127.0.0.1' })}`, { queryTimeoutMs: 2_000 });
  downServer = await startServer(downDriver);
  upDriver = testDriver();
  upServer = await startServer(upDriver);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await downServer?.close();
  await upServer?.close();
  await downDriver?.close();
  await upDriver?.close();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  return { page, errors: collectErrors(page) };
}

describe('database down', () => {
  it('says the graph database is unavailable, offers Retry, and /health answers 503', async () => {
    const health = await fetch(new URL('health', downServer.url));
    expect(health.status).toBe(503);

    const { page, errors } = await newPage();
    await page.goto(downServer.url);
    const banner = page.locator('#connection-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toContain('The graph database is unavailable.');
    expect(await banner.innerText()).toMatch(/Trying again in \d+ s\./);
    expect(await page.locator('#overlay-text').innerText()).toBe('Waiting for the graph database…');
    // Once the automatic retry is at least 6 s away (the waits double from 1 s), Retry now must ask the API again
    // within 3 s: only the click can have sent that request. Its answer brings the banner back.
    const secondsToRetry = async () => Number((await banner.innerText()).match(/Trying again in (\d+) s\./)?.[1] ?? 0);
    await expect.poll(secondsToRetry, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(6);
    const retried = page.waitForRequest((request) => new URL(request.url()).pathname === '/graphql', { timeout: 3_000 });
    await banner.getByRole('button', { name: 'Retry now' }).click();
    await retried;
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toContain('The graph database is unavailable.');
    // The retry started over: the next automatic try is again the first, a second or two away.
    await expect.poll(secondsToRetry, { timeout: 10_000, interval: 100 }).toBeLessThanOrEqual(2);
    // The browser logs the failed GraphQL responses as resource errors; nothing else may be logged.
    expect(errors.filter((error) => !/status of (500|503)/.test(error))).toEqual([]);
    await page.close();
  });

  it('recovers when the database comes back, on Retry now', async () => {
    const { page, errors } = await newPage();
    const outage = JSON.stringify({ errors: [{ message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    await page.route('**/graphql', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: outage }));
    await page.goto(upServer.url);
    const banner = page.locator('#connection-banner');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toContain('The graph database is unavailable.');

    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Retry now' }).click();
    await waitForGraph(page);
    await banner.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (window as unknown as { peelGraph: { cy: { nodes(): { length: number } } } }).peelGraph.cy.nodes().length)).toBe(34);
    expect(errors).toEqual([]);
    await page.close();
  });
});
