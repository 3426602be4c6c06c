// Every Cypher statement that applies, withdraws or exports a published assessment, parameterised. Labels and
// relationship types are dynamic (`$(…)`, Neo4j 5.26) but only ever come from the vocabulary's allow-lists, which
// the assessment's validation has checked. Integers pass through toInteger(): the driver sends JS numbers as floats.

/**
 * Locks the assessment by writing its Source first (two publishes of one assessment then run one after the other),
 * and tells whether it existed before. `SET s = $properties` replaces every property, so none lingers from before.
 */
export const mergeSourceQuery = `
OPTIONAL MATCH (old:Source {id: $id})
WITH old IS NOT NULL AS existed
MERGE (s:Source {id: $id})
SET s = $properties, s.year = toInteger($properties.year)
RETURN existed`;

/**
 * The relationships `r` (from `a` to `b`) an assessment draws, found from the entities its findings involve: a force
 * with thousands of relationships is expanded once, not once per finding.
 */
const drawnRelationships = `
  MATCH (:Finding {assessment: $id})-[:INVOLVES]->(involved:Entity)
  WITH DISTINCT involved AS a
  MATCH (a)-[r]->(b:Entity) WHERE r.source = $id`;

/** What the assessment holds now (its summary before a change), and which of the file's entities exist, with their labels. */
export const assessmentStateQuery = `
CALL () {
  OPTIONAL MATCH (f:Finding {assessment: $id})
  RETURN count(f) AS findings
}
CALL () {
  ${drawnRelationships}
  RETURN count(r) AS relationships
}
CALL () {
  UNWIND $entityIds AS entityId
  MATCH (e:Entity {id: entityId})
  RETURN collect([e.id, labels(e)]) AS existing
}
RETURN findings, relationships, existing`;

/** The assessment's findings and the relationships they draw, as cypher/30-cheshire-findings.cypher clears them. */
export const deleteFindingsQuery = `
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.source = $id
  DELETE r
}
MATCH (f:Finding {assessment: $id})
DETACH DELETE f`;

/** Entities the graph lacks; one that exists keeps its name, aliases and summary (another assessment may have set them). */
export const mergeEntitiesQuery = `
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
ON CREATE SET n:$(entity.label), n.name = entity.name, n.pillar = entity.pillar, n.aliases = entity.aliases, n.summary = entity.summary,
              n.nameKeys = [name IN [entity.name] + entity.aliases | toLower(name)]`;

/** The findings with their review, each with its participants. */
export const createFindingsQuery = `
UNWIND $findings AS row
CREATE (f:Finding {
  id: row.id, assessment: $id, sentence: toInteger(row.sentence), start: toInteger(row.start), end: toInteger(row.end),
  quote: row.quote, judgement: row.judgement, basis: row.basis, status: row.status,
  inferredFrom: [n IN row.inferredFrom | toInteger(n)],
  review: row.review, reviewedBy: row.reviewedBy, reviewReason: row.reviewReason,
  reviewedAt: CASE WHEN row.reviewedAt IS NULL THEN null ELSE datetime(row.reviewedAt) END
})
WITH f, row
UNWIND row.participants AS participant
MATCH (e:Entity {id: participant.entity})
CREATE (f)-[:INVOLVES {role: participant.role}]->(e)`;

/**
 * The typed relationships the findings draw as, each copying its finding's citation from the finding itself (as the
 * seed's last statement does), so the two cannot disagree.
 */
export const createRelationshipsQuery = `
UNWIND $edges AS row
MATCH (f:Finding {id: row.finding}), (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.id = row.id, r.finding = f.id, r.source = f.assessment, r.sentence = f.sentence, r.start = f.start, r.end = f.end,
    r.evidence = f.quote, r.judgement = f.judgement, r.basis = f.basis, r.status = f.status,
    // Only a dispute is marked: an accepted finding's relationships carry no review, as the seed's do (read as ACCEPTED).
    r.review = CASE WHEN f.review = "DISPUTED" THEN f.review END
RETURN count(r) AS created`;

/** The assessment's summary, and every entity it names (candidates for removal once it is gone). */
export const withdrawalStateQuery = `
OPTIONAL MATCH (s:Source {id: $id})
CALL () {
  OPTIONAL MATCH (f:Finding {assessment: $id})-[:INVOLVES]->(e:Entity)
  RETURN count(DISTINCT f) AS findings, collect(DISTINCT e.id) AS involved
}
CALL () {
  ${drawnRelationships}
  RETURN count(r) AS relationships, collect(DISTINCT b.id) AS drawnTo
}
RETURN s IS NOT NULL AS exists, s.title AS title, findings, relationships,
       [id IN involved + drawnTo + [s.forceId, s.inspectorId] WHERE id IS NOT NULL] AS entityIds`;

export const deleteSourceQuery = `
MATCH (s:Source {id: $id})
DETACH DELETE s`;

/**
 * Entities the withdrawn assessment named that nothing else uses: no relationship left, and no other assessment's
 * force or inspector.
 */
export const deleteOrphanEntitiesQuery = `
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
WHERE NOT EXISTS { (e)--() }
  AND NOT EXISTS { MATCH (s:Source) WHERE s.forceId = entityId OR s.inspectorId = entityId }
DELETE e
RETURN count(*) AS removed`;

/**
 * An assessment whole, in one read: its Source, its findings in sentence order (then by id) with their review and
 * participants, the relationships they draw (each naming its finding), and every entity they, the force and the
 * inspector name, by id.
 */
export const exportAssessmentQuery = `
MATCH (s:Source {id: $id})
CALL (s) {
  OPTIONAL MATCH (f:Finding {assessment: s.id})
  WITH f ORDER BY f.sentence, f.id
  RETURN collect(f {
    .id, .sentence, .start, .end, .quote, .judgement, .basis, .status, .inferredFrom, .review, .reviewedBy, .reviewReason,
    reviewedAt: f.reviewedAt.epochMillis,
    participants: [(f)-[i:INVOLVES]->(e:Entity) | {entity: e.id, role: i.role}]
  }) AS findings
}
CALL () {
  ${drawnRelationships}
  RETURN collect({finding: r.finding, from: a.id, type: type(r), to: b.id}) AS edges
}
CALL (s, findings, edges) {
  UNWIND [s.forceId, s.inspectorId] + reduce(ids = [], f IN findings | ids + [p IN f.participants | p.entity]) + [e IN edges | e.to] AS entityId
  WITH DISTINCT entityId
  MATCH (e:Entity {id: entityId})
  WITH e ORDER BY e.id
  RETURN collect(e { .id, .name, .pillar, .aliases, .summary, labels: labels(e) }) AS entities
}
RETURN s { .* } AS source, entities, findings, edges`;

/** Every published assessment's id, for a whole-database export. */
export const assessmentIdsQuery = `MATCH (s:Source) RETURN s.id AS id ORDER BY id`;

/** Every draft as stored, times as text, with its findings in the order they were numbered. */
export const allDraftsQuery = `
MATCH (d:Draft)
RETURN d {.*, createdAt: toString(d.createdAt), publishedAt: toString(d.publishedAt)} AS draft,
       COLLECT { MATCH (f:DraftFinding {draft: d.id}) RETURN f {.*, reviewedAt: toString(f.reviewedAt)} ORDER BY f.number, f.id } AS findings
ORDER BY d.id`;

/** Every audit entry, oldest first. */
export const allAuditEntriesQuery = `
MATCH (e:AuditEntry)
RETURN e.id AS id, toString(e.at) AS at, e.actor AS actor, e.action AS action, e.target AS target, e.before AS before, e.after AS after
ORDER BY e.at, e.id`;

/** The entities of these ids the graph holds, as an assessment file lists them. */
export const entitiesForExportQuery = `
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
RETURN e { .id, .name, .pillar, .aliases, .summary, labels: labels(e) } AS entity
ORDER BY entity.id`;

/** What a database holds of assessments: a restore goes only into one that holds none of it. */
export const restoreTargetStateQuery = `
RETURN COUNT { MATCH (:Source) } AS assessments, COUNT { MATCH (:Finding) } AS findings, COUNT { MATCH (:Draft) } AS drafts,
       COUNT { MATCH (:DraftFinding) } AS draftFindings,
       COUNT { MATCH (e:AuditEntry) WHERE NOT e.target STARTS WITH "token:" } AS auditEntries`;

/** Drafts and their findings as the draft store keeps them (see server/review/stored-draft.ts). */
export const restoreDraftsQuery = `
UNWIND $drafts AS row
CREATE (d:Draft)
SET d = row.draft, d.createdAt = datetime(row.createdAt),
    d.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE datetime(row.publishedAt) END
WITH row
UNWIND row.findings AS finding
CREATE (f:DraftFinding)
SET f = finding.properties, f.reviewedAt = CASE WHEN finding.reviewedAt IS NULL THEN null ELSE datetime(finding.reviewedAt) END`;

/** Audit entries as they were recorded, ids and times kept. */
export const restoreAuditEntriesQuery = `
UNWIND $entries AS entry
CREATE (:AuditEntry {id: entry.id, at: datetime(entry.at), actor: entry.actor, action: entry.action, target: entry.target,
                     before: entry.before, after: entry.after})`;
