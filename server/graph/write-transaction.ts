// One managed write transaction: retried by the driver while Neo4j says the failure will pass, stopped after the
// timeout, named by its metadata in SHOW TRANSACTIONS, and its database failures classified as the reads' are.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { classifyDatabaseError } from './errors.ts';

export interface WriteOptions {
  database?: string;
  timeoutMs: number;
}

export async function writeTransaction<T>(
  driver: Driver,
  options: WriteOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
  metadata?: Record<string, string>,
): Promise<T> {
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(work, { timeout: options.timeoutMs, metadata: metadata && { app: 'peel-graph', ...metadata } });
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
}
