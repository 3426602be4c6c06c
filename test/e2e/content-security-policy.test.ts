// The explorer's Content-Security-Policy: scripts only from the server's own files, so markup that reached the
// page as markup still could not run a script.
import { expect, it } from 'vitest';
import { waitForGraph } from './support/browser.ts';
import { useExplorerSession } from './support/explorer-session.ts';

// Its own page: the injected script's refusal is logged as a console error, which the session's pages forbid.
const session = useExplorerSession({ pages: false });

it('serves the explorer with a policy that allows no inline script, and an injected handler or script does not run', async () => {
  const page = await session.browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const response = await page.goto(session.server.url);
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
