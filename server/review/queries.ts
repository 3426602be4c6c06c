// Every Cypher statement about drafts under review, parameterised; run by draft-store.ts. Drafts are (:Draft) and
// (:DraftFinding) nodes, labels no reader's query matches, so nothing of a draft is visible until it is published.

const progress = `{
  total: COUNT { MATCH (f:DraftFinding {draft: d.id}) },
  reviewed: COUNT { MATCH (f:DraftFinding {draft: d.id}) WHERE f.review <> "DRAFT" },
  accepted: COUNT { MATCH (f:DraftFinding {draft: d.id}) WHERE f.review = "ACCEPTED" },
  rejected: COUNT { MATCH (f:DraftFinding {draft: d.id}) WHERE f.review = "REJECTED" }
}`;

const findingsOf = `COLLECT {
  MATCH (f:DraftFinding {draft: d.id})
  RETURN f {.*, reviewedAt: toString(f.reviewedAt)} ORDER BY f.sentence, f.start, f.end, f.number
}`;

const draftColumns = `d {.*, createdAt: toString(d.createdAt), publishedAt: toString(d.publishedAt)} AS draft, ${progress} AS progress`;

export const createDraftQuery = `
CREATE (d:Draft)
SET d = $draft, d.createdAt = datetime($at)
WITH d
UNWIND $findings AS finding
CREATE (f:DraftFinding)
SET f = finding`;

/** One draft, with its findings when `$withFindings`. */
export const draftQuery = `
MATCH (d:Draft {id: $id})
RETURN ${draftColumns}, CASE WHEN $withFindings THEN ${findingsOf} ELSE null END AS findings`;

/** Newest first, after the cursor's (createdAt, id), with the total. */
export const draftsPageQuery = `
MATCH (:Draft)
WITH count(*) AS totalCount
RETURN totalCount, COLLECT {
  MATCH (d:Draft)
  WHERE $afterAt IS NULL OR d.createdAt < datetime($afterAt) OR (d.createdAt = datetime($afterAt) AND d.id < $afterId)
  WITH d ORDER BY d.createdAt DESC, d.id DESC LIMIT $limit
  RETURN {draft: d {.*, createdAt: toString(d.createdAt), publishedAt: toString(d.publishedAt)}, progress: ${progress},
          findings: CASE WHEN $withFindings THEN ${findingsOf} ELSE null END}
} AS drafts`;

/**
 * Takes the finding's write lock before reading it: a version read first and checked later could be stale by
 * then, and two reviewers' changes made against the same version would both pass. Setting and removing a
 * property takes the lock and leaves the node as it was.
 */
export const lockDraftFindingQuery = `
MATCH (f:DraftFinding {id: $id})
SET f.locking = true
REMOVE f.locking
RETURN f {.*, reviewedAt: toString(f.reviewedAt)} AS finding`;

export const updateDraftFindingQuery = `
MATCH (f:DraftFinding {id: $id})
SET f += $changes, f.version = f.version + 1,
    f.reviewedAt = CASE WHEN $at IS NULL THEN f.reviewedAt ELSE datetime($at) END
RETURN f {.*, reviewedAt: toString(f.reviewedAt)} AS finding`;

/** The draft, locked (for publishing, discarding and numbering a new finding), with all its findings. */
export const lockDraftQuery = `
MATCH (d:Draft {id: $id})
SET d.locking = true
REMOVE d.locking
RETURN ${draftColumns}, ${findingsOf} AS findings`;

export const addDraftFindingQuery = `
MATCH (d:Draft {id: $draft})
CREATE (f:DraftFinding)
SET f = $finding, f.reviewedAt = datetime($at)
RETURN f {.*, reviewedAt: toString(f.reviewedAt)} AS finding`;

export const markDraftPublishedQuery = `
MATCH (d:Draft {id: $id})
SET d.publishedAt = datetime($at)`;

export const discardDraftQuery = `
MATCH (d:Draft {id: $id})
OPTIONAL MATCH (f:DraftFinding {draft: d.id})
DETACH DELETE f, d`;

/**
 * The entities a document may name: those with a name or an alias among the document's runs of words (lower case,
 * looked up in the entity_names index, a few hundred at a time as one OR of exact terms), and those of given ids.
 */
export const entitiesNamedQuery = `
CALL () {
  UNWIND $queries AS query
  CALL db.index.fulltext.queryNodes("entity_names", query) YIELD node
  RETURN node AS e
  UNION
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  RETURN e
}
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> "Entity"][0] AS label, coalesce(e.aliases, []) AS aliases`;

/** The entities a change names, as the graph holds them. */
export const entitiesByIdQuery = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> "Entity"][0] AS label, e.pillar AS pillar,
       coalesce(e.aliases, []) AS aliases, e.summary AS summary`;

/** Whether an assessment of this id is published: a draft publishing under it replaces it. */
export const publishedAssessmentQuery = `MATCH (s:Source {id: $id}) RETURN s.id AS id`;

/** A published finding, locked, with its review as it stands. */
export const lockFindingQuery = `
MATCH (f:Finding {id: $id})
SET f.locking = true
REMOVE f.locking
RETURN {status: f.review, by: f.reviewedBy, at: toString(f.reviewedAt), reason: f.reviewReason} AS review`;

/** The finding, and the relationships it draws as, which carry its review as they carry its citation. */
export const disputeFindingQuery = `
MATCH (f:Finding {id: $id})
SET f.review = "DISPUTED", f.reviewedBy = $actor, f.reviewedAt = datetime($at), f.reviewReason = $reason
WITH f
CALL (f) {
  MATCH (f)-[:INVOLVES]->(:Entity)-[r]->(:Entity) WHERE r.finding = f.id
  SET r.review = "DISPUTED"
}`;
