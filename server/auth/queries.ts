// Every Cypher statement about tokens and the audit trail, parameterised; run by token-store.ts and audit-log.ts.

/** Run one at a time before the first token is written: idempotent. */
export const authSchemaStatements = [
  'CREATE CONSTRAINT token_name IF NOT EXISTS FOR (t:Token) REQUIRE t.name IS UNIQUE',
  'CREATE CONSTRAINT token_hash IF NOT EXISTS FOR (t:Token) REQUIRE t.hash IS UNIQUE',
  'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE',
  'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)',
  'CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (e:AuditEntry) ON (e.actor)',
  'CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.target)',
];

const tokenColumns = `t.name AS name, t.role AS role, toString(t.created) AS created, toString(t.expires) AS expires,
  toString(t.revoked) AS revoked`;

export const tokenByNameQuery = `MATCH (t:Token {name: $name}) RETURN ${tokenColumns}`;

export const createTokenQuery = `
CREATE (t:Token {name: $name, hash: $hash, role: $role, created: datetime($now)})
SET t.expires = CASE WHEN $expires IS NULL THEN null ELSE datetime($expires) END
RETURN ${tokenColumns}`;

export const revokeTokenQuery = `
MATCH (t:Token {name: $name}) WHERE t.revoked IS NULL
SET t.revoked = datetime($now)
RETURN ${tokenColumns}`;

export const listTokensQuery = `MATCH (t:Token) RETURN ${tokenColumns} ORDER BY t.created, t.name`;

/** The hash is unique, so at most one row; expiry is judged by the database's clock, as revocation is stored by it. */
export const tokenByHashQuery = `
MATCH (t:Token {hash: $hash})
RETURN t.name AS name, t.role AS role, t.revoked IS NOT NULL AS revoked, coalesce(t.expires <= datetime(), false) AS expired`;

export const writeAuditEntryQuery = `
CREATE (:AuditEntry {id: $id, at: datetime($at), actor: $actor, action: $action, target: $target, before: $before, after: $after})`;

const auditFilter = '($actor IS NULL OR e.actor = $actor) AND ($action IS NULL OR e.action = $action) AND ($targets IS NULL OR e.target IN $targets)';

/** Newest first; a page starts after the cursor's (at, id), so entries written meanwhile never shift it. */
export const auditPageQuery = `
MATCH (e:AuditEntry) WHERE ${auditFilter}
WITH count(e) AS totalCount
RETURN totalCount, COLLECT {
  MATCH (e:AuditEntry)
  WHERE ${auditFilter}
    AND ($afterAt IS NULL OR e.at < datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id < $afterId))
  WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
  RETURN [e.id, toString(e.at), e.actor, e.action, e.target, e.before, e.after]
} AS entries`;
