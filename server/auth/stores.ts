// The server's two stores of authentication data, on the driver the graph uses.
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { AuditLog } from './audit-log.ts';
import { TokenStore } from './token-store.ts';

export interface AuthStores {
  tokens: TokenStore;
  audit: AuditLog;
}

export function createAuthStores(driver: Driver, config: Pick<Neo4jConfig, 'database' | 'queryTimeoutMs'>): AuthStores {
  const options = { database: config.database, queryTimeoutMs: config.queryTimeoutMs };
  return { tokens: new TokenStore(driver, options), audit: new AuditLog(driver, options) };
}
