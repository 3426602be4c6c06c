// The server's stores of its own records and its writes, on the driver the graph uses: tokens, the audit trail,
// drafts under review, and admins' corrections of entities.
import type { Driver } from 'neo4j-driver';
import { AuditLog } from './auth/audit-log.ts';
import { TokenStore } from './auth/token-store.ts';
import type { Neo4jConfig } from './config.ts';
import { EntityCuration } from './curation/entity-curation.ts';
import { DraftStore } from './review/draft-store.ts';

export interface RecordStores {
  tokens: TokenStore;
  audit: AuditLog;
  drafts: DraftStore;
  curation: EntityCuration;
}

export function createRecordStores(driver: Driver, config: Pick<Neo4jConfig, 'database' | 'queryTimeoutMs'> & Partial<Pick<Neo4jConfig, 'writeTimeoutMs'>>): RecordStores {
  const options = { database: config.database, queryTimeoutMs: config.queryTimeoutMs, writeTimeoutMs: config.writeTimeoutMs };
  return {
    tokens: new TokenStore(driver, options),
    audit: new AuditLog(driver, options),
    drafts: new DraftStore(driver, options),
    curation: new EntityCuration(driver, options),
  };
}
