// The explorer draws a comparison of all 43 territorial forces within a second: the matrix from a synthetic answer
// (the read-only graph holds one force), through the explorer's own loading and drawing.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../client/src/compare-matrix.ts';
import { judgements } from '../../client/src/model.ts';
import { collectErrors, waitForGraph } from './support/browser.ts';
import { useExplorerSession } from './support/explorer-session.ts';

const session = useExplorerSession({ pages: false });

function syntheticComparison(forceCount: number, themeCount: number): Comparison {
  const forces = Array.from({ length: forceCount }, (_, i) => ({ id: `force-${i}`, name: `Synthetic force ${i}` }));
  const themes = Array.from({ length: themeCount }, (_, i) => ({ id: `theme-${i}`, name: `Synthetic theme ${i}` }));
  const assessments = forces.map((force, i) => ({ id: `assessment-${i}`, title: `${force.name}, 2023`, year: 2023, fictional: false, force: { id: force.id } }));
  const cells = forces.flatMap((force, f) =>
    themes.map((theme, t) => {
      const judged = judgements.slice(0, 1 + ((f + t) % judgements.length));
      return {
        force: { id: force.id },
        theme: { id: theme.id },
        assessment: { id: `assessment-${f}` },
        judgements: [...judged].reverse(),
        findingCount: judged.length,
        findings: judged.map((judgement, k) => ({ id: `assessment-${f}/s${t + 1}.${k + 1}`, judgement, evidence: { quote: `words about ${theme.name}`, sentence: t + 1 } })),
      };
    }),
  );
  return { forces, themes, assessments, cells, truncated: false };
}

describe('comparing every force', () => {
  it('draws 43 forces by 60 themes within a second', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    const errors = collectErrors(page);
    const comparison = syntheticComparison(43, 60);
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('query Compare')) return route.fallback();
      await route.fulfill({ json: { data: { compare: comparison } } });
    });
    await page.goto(`${session.server.url}?compare=${comparison.forces.map((f) => f.id).join(',')}`);
    await waitForGraph(page);
    await page.locator('#compare-matrix').waitFor();
    expect(await page.locator('#compare-matrix .matrix-cell').count()).toBe(43 * 60);
    const drawnMs = Number(await page.locator('#analysis').getAttribute('data-drawn-ms'));
    expect(drawnMs).toBeGreaterThan(0);
    expect(drawnMs).toBeLessThan(1000);
    await page.close();
    expect(errors).toEqual([]);
  });
});
