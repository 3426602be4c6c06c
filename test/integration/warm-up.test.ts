// The start-up warm-up: every operation of the explorer and the README runs through the app and reaches Neo4j,
// so each Cypher text is planned before the server says it is ready.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../server/graphiql/examples.ts';
import { warmUp, warmUpProblems, type WarmUpReport } from '../../server/warm-up.ts';
import { testApp } from '../support/api.ts';
import { testDriver } from '../support/database.ts';
import { explorerOperations } from '../support/explorer-operations.ts';

let driver: Driver;
let report: WarmUpReport;
const logged: string[] = [];
beforeAll(async () => {
  driver = testDriver();
  // Generous: on a loaded machine planning a dozen texts on a fresh Neo4j can take a while.
  report = await warmUp(testApp(driver), { timeoutMs: 120_000, log: (message) => logged.push(message) });
});
afterAll(async () => {
  await driver.close();
});

describe('warm-up', () => {
  it('runs every document the explorer sends and every README example, each reaching Neo4j without an error', () => {
    expect(report.timedOut).toBe(false);
    const warmed = new Set(report.results.map((result) => result.query));
    for (const operation of explorerOperations) expect(warmed, operation.name).toContain(operation.query);
    for (const example of exampleOperations) expect(warmed, example.name).toContain(example.query);
    for (const result of report.results) {
      // A short-text variant names nothing in the graph; it is there for Neo4j to plan that size of text.
      const expectedCodes = result.name.includes('(short ') ? expect.toBeOneOf([[], ['NOT_FOUND']]) : [];
      expect(result, result.name).toMatchObject({ status: 200, errorCodes: expectedCodes });
      expect(result.roundTrips, result.name).toBeGreaterThanOrEqual(1);
    }
    expect(warmUpProblems(report.results)).toEqual([]);
  });

  it('plans each parameter shape the explorer sends: whole graph, one report, filtered', () => {
    const graphs = report.results.filter((result) => result.query === explorerOperations.find((operation) => operation.name === 'graph')!.query);
    expect(graphs.map((result) => result.name).sort()).toEqual(['graph', 'graph filtered', 'graph of a report']);
  });

  it('plans short ids too, in each place an operation takes one', () => {
    const paths = report.results.filter((result) => result.name.startsWith('shortestPath')).map((result) => result.name);
    expect(paths.sort()).toEqual(['shortestPath', 'shortestPath (short from)', 'shortestPath (short from, to)', 'shortestPath (short to)']);
  });

  it('logs what it did', () => {
    expect(logged).toEqual([expect.stringMatching(new RegExp(`^warmed up ${report.results.length} operations in [\\d.]+ s`))]);
  });

  it('names what did not answer cleanly, and lets an unknown id pass', () => {
    expect(
      warmUpProblems([
        { name: 'a', query: '', status: 200, roundTrips: 1, errorCodes: ['NOT_FOUND'] },
        { name: 'b', query: '', status: 200, roundTrips: 1, errorCodes: ['QUERY_TIMEOUT'] },
        { name: 'c', query: '', status: 401, roundTrips: 0, errorCodes: ['UNAUTHENTICATED'] },
      ]),
    ).toEqual(['b (HTTP 200, QUERY_TIMEOUT)', 'c (HTTP 401, UNAUTHENTICATED, no Cypher run)']);
  });

  it('gives up waiting after its time is up, with a warning rather than an error', { timeout: 180_000 }, async () => {
    const messages: string[] = [];
    const late = await warmUp(testApp(driver), { timeoutMs: 1, log: (message) => messages.push(message) });
    expect(late.timedOut).toBe(true);
    expect(messages).toEqual([expect.stringMatching(/^warning: warm-up still running after/)]);
    // The requests carry on in the background; the driver closes only after them.
    await late.settled;
  });
});
