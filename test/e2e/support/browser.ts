// Starts the real app on loopback and a headless Chromium (Debian's, never a downloaded one) for the browser tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { testApp } from '../../support/api.ts';

export const chromiumPath = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The app as `npm start` builds it (API, health, built explorer), over real HTTP on a free loopback port. */
export async function startServer(driver: Driver): Promise<RunningServer> {
  const server: Server = createServer(testApp(driver));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Everything the page logs as an error, or throws, so a test can insist there was none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Waits until the explorer has drawn the graph: Cytoscape holds nodes and the loading overlay is gone. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const explorer = (window as unknown as { peelGraph?: { cy: { nodes(): { length: number } } | null } }).peelGraph;
    return (explorer?.cy?.nodes().length ?? 0) > 0 && document.getElementById('graph-overlay')?.hidden === true;
  });
}

/** Where a node is drawn, in page coordinates, so a test can click it like a user. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { peelGraph: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } }).peelGraph.cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not on the page');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}
