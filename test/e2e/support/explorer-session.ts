// One app, driver and Chromium per browser-test file, a fresh page per test, and no console error left behind.
import type { Driver } from 'neo4j-driver';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { testDriver } from '../../support/database.ts';
import { collectErrors, launchBrowser, type RunningServer, startServer, waitForGraph } from './browser.ts';

/** The page's globals, as the tests read them; `peelGraph` is the explorer that client/src/main.ts exposes. */
export type PageWindow = Window & { peelGraph: any };

export interface ExplorerSession {
  driver: Driver;
  server: RunningServer;
  browser: Browser;
  /** Set before each test when the session was asked for pages. */
  page: Page;
  /** Opens the explorer with a query string and waits until the graph is drawn. */
  open(query?: string): Promise<void>;
}

/** Registers the hooks; with `pages`, each test gets its own browser context and page. */
export function useExplorerSession({ pages = true }: { pages?: boolean } = {}): ExplorerSession {
  let context: BrowserContext | undefined;
  let errors: string[] = [];
  const session = {
    async open(query = '') {
      await session.page.goto(`${session.server.url}${query}`);
      await waitForGraph(session.page);
    },
  } as ExplorerSession;

  beforeAll(async () => {
    session.driver = testDriver();
    session.server = await startServer(session.driver);
    session.browser = await launchBrowser();
  });

  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    await session.driver?.close();
  });

  if (pages) {
    beforeEach(async () => {
      context = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url.replace(/\/$/, '') });
      session.page = await context.newPage();
      session.page.setDefaultTimeout(20_000);
      errors = collectErrors(session.page);
    });

    afterEach(async () => {
      await context?.close();
      // No test may leave a console error or an uncaught exception behind.
      expect(errors).toEqual([]);
    });
  }

  return session;
}

/** Waits for a value in the page to settle, bounded: the first query of a kind can take Neo4j a moment to plan. */
export function eventually<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 50 });
}
