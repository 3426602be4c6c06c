// The Cypher that writes a canonical assessment file into the graph and withdraws it again, parameterised; run by
// server/graph/assessment-store.ts. Relationship types cannot be parameters: each comes from the model's allow-list.
import { labelOfKind, relationshipTypes } from './records.ts';

const labels = Object.values(labelOfKind);

/** The assessment's :Source node, replacing whatever an earlier version of it held. */
export const writeSourceQuery = `
MERGE (s:Source {id: $assessment.id})
SET s.title = $assessment.title, s.forceId = $assessment.force, s.inspectorId = $assessment.inspector,
    s.kind = $assessment.kind, s.year = toInteger($assessment.year), s.yearBasis = $assessment.yearBasis,
    s.published = $assessment.published, s.url = $assessment.url, s.licence = $assessment.licence,
    s.fictional = $assessment.fictional, s.file = $assessment.file, s.text = $assessment.text,
    s.sentences = $assessment.sentences`;

/**
 * Entities the graph lacks, as the file describes them; one it holds is left as it is (another report's words
 * made it), so applying a file never renames or re-summarises a shared theme. Kind labels cannot be parameters:
 * each is set by a FOREACH over a constant label, chosen by `entity.label` (from the model's own list).
 * `createdBy` names the assessment that brought the entity, so withdrawing it can take away what only it used.
 */
export const writeEntitiesQuery = `
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
ON CREATE SET n.name = entity.name, n.pillar = entity.pillar, n.aliases = entity.aliases, n.summary = entity.summary,
              n.createdBy = $assessmentId, n.created = true
WITH n, entity, coalesce(n.created, false) AS created
REMOVE n.created
${labels.map((label) => `FOREACH (_ IN CASE WHEN created AND entity.label = '${label}' THEN [1] ELSE [] END | SET n:${label})`).join('\n')}
RETURN count(n) AS written`;

/** An assessment's findings and the relationships they draw, gone: the first step of applying and of withdrawing. */
export const deleteFindingsQuery = `
OPTIONAL MATCH (f:Finding {assessment: $id})
CALL (f) {
  MATCH (f)-[:INVOLVES]->(:Entity)-[r]->(:Entity)
  WHERE r.finding = f.id
  WITH DISTINCT r
  DELETE r
}
DETACH DELETE f
RETURN count(f) AS deleted`;

/** The findings with their participants. JSON numbers arrive as floats: positions are stored as integers. */
export const writeFindingsQuery = `
UNWIND $findings AS row
CREATE (f:Finding {id: row.id, assessment: $assessmentId, sentence: toInteger(row.sentence), start: toInteger(row.start),
                   end: toInteger(row.end), quote: row.quote, judgement: row.judgement, basis: row.basis, status: row.status,
                   inferredFrom: [n IN row.inferredFrom | toInteger(n)], reviewStatus: row.review.status, reviewedBy: row.review.by,
                   reviewedAt: row.review.at, reviewReason: row.review.reason})
WITH f, row
UNWIND row.participants AS participant
MATCH (e:Entity {id: participant.entity})
CREATE (f)-[:INVOLVES {role: participant.role}]->(e)
RETURN count(*) AS written`;

/** The drawn relationships of one type, each carrying its finding's citation. */
export const writeEdgesQueries: ReadonlyMap<string, string> = new Map(
  relationshipTypes.map((type) => [
    type,
    `UNWIND $edges AS edge
MATCH (a:Entity {id: edge.from}), (b:Entity {id: edge.to})
CREATE (a)-[:${type} {id: edge.id, finding: edge.finding, source: $assessmentId, sentence: toInteger(edge.sentence),
                     start: toInteger(edge.start), end: toInteger(edge.end), evidence: edge.quote, judgement: edge.judgement, basis: edge.basis, status: edge.status}]->(b)
RETURN count(*) AS written`,
  ]),
);

/** The assessment's :Source node and, of the entities it made, those no finding involves or draws any more. */
export const deleteSourceQuery = `
OPTIONAL MATCH (s:Source {id: $id})
WITH s, s IS NOT NULL AS found
CALL (s) {
  WITH s WHERE s IS NOT NULL
  DETACH DELETE s
}
CALL () {
  MATCH (n:Entity)
  WHERE n.createdBy = $id
    AND NOT EXISTS { (n)<-[:INVOLVES]-(:Finding) }
    AND NOT EXISTS { (n)-[]-(:Entity) }
  DETACH DELETE n
  RETURN count(*) AS removed
}
RETURN found, removed`;

/** Hands the entities an assessment made to another that still uses them, so withdrawing one never orphans them. */
export const handOverEntitiesQuery = `
MATCH (n:Entity {createdBy: $id})<-[:INVOLVES]-(f:Finding)
WHERE f.assessment <> $id
WITH n, min(f.assessment) AS heir
SET n.createdBy = heir
RETURN count(n) AS handedOver`;
