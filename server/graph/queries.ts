// Every Cypher statement the server runs. Values are always $parameters; the few things Cypher cannot take
// as parameters (variable-length bounds, relationship types from the model's allow-list) are written into these
// constant texts, never text from a request.
import { relationshipTypes } from './records.ts';

/**
 * What an entity `n` and a relationship `r` become: lists, which mappers.ts reads by position (EntityRow,
 * RelationshipRow). The driver decodes every key of every map it receives; for a force's 1,410 relationships and
 * their 873 entities, lists take less than half the Node CPU that maps do.
 */
const entityRow = '[n.id, n.name, n.summary, n.pillar, labels(n), COUNT { (n)--(:Entity) }, n.aliases]';
const relationshipRow =
  '[r.id, type(r), startNode(r).id, endNode(r).id, r.judgement, r.evidence, r.sentence, r.source, r.finding, r.basis, r.status, r.start, r.end, r.review]';

/** Every relationship type of the model, as a Cypher type alternation: what paths between entities may cross. */
const drawnTypes = relationshipTypes.join('|');

/**
 * The common ending of every graph query. It expects `nodes` (the entities the query is about) and `rels`
 * (relationships whose endpoints are among the returned entities), and, when asked, fetches in the same
 * round trip every relationship of those entities ($withRelationships) and the sources cited ($withSources).
 * `carry` names further columns of the query to pass through.
 */
function graphTail(...carry: string[]): string {
  return graphTailOf(entityRow, ...carry);
}

function graphTailOf(entities: string, ...carry: string[]): string {
  const extra = carry.map((column) => `, ${column}`).join('');
  return `
CALL (nodes) {
  UNWIND CASE WHEN $withRelationships THEN nodes ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  RETURN collect(DISTINCT r) AS moreRels, collect(DISTINCT m) AS moreNodes
}
WITH nodes, rels, moreRels, moreNodes${extra},
     CASE WHEN $withRelationships THEN [n IN nodes | n.id] ELSE [] END AS complete
CALL (rels, moreRels) {
  UNWIND CASE WHEN $withSources THEN rels + moreRels ELSE [] END AS r
  WITH DISTINCT r.source AS sourceId
  MATCH (s:Source {id: sourceId})
  RETURN collect(s { .id, .title, .text, .sentences }) AS sources
}
RETURN [n IN nodes + moreNodes | ${entities}] AS entities,
       [r IN rels + moreRels | ${relationshipRow}] AS relationships,
       [n IN nodes | n.id] AS nodeIds, [r IN rels | r.id] AS relationshipIds,
       sources, complete${extra}`;
}

export const entitiesByIdQuery = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
// Aggregating apart from [] keeps one row even when no id matches.
WITH collect(n) AS nodes
WITH nodes, [] AS rels
${graphTail()}`;

export const entityPageQuery = `
CALL () {
  MATCH (n:Entity)
  WHERE ($label IS NULL OR $label IN labels(n)) AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id
  LIMIT $first + 1
  RETURN collect(n) AS page
}
CALL () {
  MATCH (n:Entity)
  WHERE $label IS NULL OR $label IN labels(n)
  RETURN count(n) AS totalCount
}
WITH page[..$first] AS nodes, [] AS rels, size(page) > $first AS hasNextPage, totalCount
${graphTail('hasNextPage', 'totalCount')}`;

export const searchQuery = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $first}) YIELD node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  RETURN collect({id: node.id, score: score}) AS entityHits, collect(node) AS hitNodes
}
CALL () {
  CALL db.index.fulltext.queryRelationships('evidence_search', $query, {limit: $first}) YIELD relationship, score
  WHERE $types IS NULL OR type(relationship) IN $types
  RETURN collect({id: relationship.id, score: score}) AS relationshipHits, collect(relationship) AS rels
}
WITH hitNodes + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS nodes, rels, entityHits, relationshipHits
${graphTail('entityHits', 'relationshipHits')}`;

/** A relationship `r` of the judgements in $judgements, between entities of the kinds in $labels. */
const judgedAndJoiningKinds = `($judgements IS NULL OR r.judgement IN $judgements)
    AND ($labels IS NULL OR (any(label IN labels(startNode(r)) WHERE label IN $labels) AND any(label IN labels(endNode(r)) WHERE label IN $labels)))`;

/**
 * The ending of a filtered graph, given `rels` after the filters: a filter on relationships shows the entities they
 * join; without one, every entity in `everyEntity` (the column of all entities of the kinds asked).
 */
function filteredGraphTail(everyEntity: string): string {
  return `CALL (rels) {
  UNWIND rels AS r
  UNWIND [startNode(r), endNode(r)] AS endpoint
  RETURN collect(DISTINCT endpoint) AS touched
}
WITH CASE WHEN $types IS NULL AND $judgements IS NULL THEN ${everyEntity} ELSE touched END AS nodes, rels
${graphTail()}`;
}

/**
 * The relationships of the types in $types, one branch per type of the model. Each branch runs only when $types
 * names its type, and then reads that type through Neo4j's relationship type index rather than every relationship
 * in the graph: at a million relationships, the difference between reading the few thousand asked for and all.
 * The type names come from the model's allow-list, never from a request.
 */
const relationshipsOfTypes = relationshipTypes
  .map(
    (type) => `
    UNWIND CASE WHEN '${type}' IN $types THEN [true] ELSE [] END AS wanted
    MATCH (:Entity)-[r:${type}]->(:Entity)
    RETURN r`,
  )
  .join('\n    UNION ALL');

export const graphQuery = `
// The entities of the kinds asked for; needed only when no type filter says which relationships to read.
CALL () {
  UNWIND CASE WHEN $types IS NULL THEN [true] ELSE [] END AS wanted
  MATCH (n:Entity)
  WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
  RETURN collect(n) AS candidates
}
CALL (candidates) {
  UNWIND candidates AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE ($judgements IS NULL OR r.judgement IN $judgements)
    AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
  RETURN collect(r) AS untyped
}
CALL () {
  CALL () {${relationshipsOfTypes}
  }
  WITH r
  WHERE ${judgedAndJoiningKinds}
  RETURN collect(r) AS typed
}
WITH candidates, untyped + typed AS rels
${filteredGraphTail('candidates')}`;

/**
 * The relationships citing any report in $sources, of the types in $types (every type when null): per type, a seek
 * on its index of `source`, so an assessment's facts are found without reading the other million.
 */
const relationshipsCitingSources = relationshipTypes
  .map(
    (type) => `
    UNWIND CASE WHEN $types IS NULL OR '${type}' IN $types THEN [true] ELSE [] END AS wanted
    MATCH (:Entity)-[r:${type}]->(:Entity)
    WHERE r.source IN $sources
    RETURN r`,
  )
  .join('\n    UNION ALL');

/**
 * The graph of some assessments: what they state and the entities they name, under the same filters as graphQuery
 * (the entities of a report stand in for "every entity": a kind filter alone keeps all of the report's of those kinds).
 */
export const sourceGraphQuery = `
CALL () {
  CALL () {${relationshipsCitingSources}
  }
  RETURN collect(r) AS cited
}
CALL (cited) {
  UNWIND cited AS r
  UNWIND [startNode(r), endNode(r)] AS endpoint
  WITH DISTINCT endpoint
  WHERE $labels IS NULL OR any(label IN labels(endpoint) WHERE label IN $labels)
  RETURN collect(endpoint) AS named
}
WITH named, [r IN cited WHERE ${judgedAndJoiningKinds}] AS rels
${filteredGraphTail('named')}`;

/** One breadth-first level: at most $limit + 1 entities not yet seen, reached over the allowed types and kinds. */
const neighbourhoodLevel = `
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
    AND NOT m IN seen
  WITH DISTINCT m
  LIMIT $limit + 1
  RETURN collect(m) AS next
}
WITH start, seen + next AS seen, next AS frontier`;

function neighbourhoodQuery(depth: number): string {
  return `
OPTIONAL MATCH (start:Entity {id: $id})
WITH start, [start] AS seen, [start] AS frontier
${neighbourhoodLevel.repeat(depth)}
// Breadth-first order keeps the nearest entities when the limit cuts.
WITH start, seen[..$limit + 1] AS nodes, size(seen) > $limit + 1 AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(r) AS rels
}
WITH CASE WHEN start IS NULL THEN [] ELSE nodes END AS nodes, rels, truncated, start IS NOT NULL AS found
${graphTail('truncated', 'found')}`;
}

export const neighbourhoodQueries: ReadonlyMap<number, string> = new Map([1, 2, 3].map((depth) => [depth, neighbourhoodQuery(depth)]));

/** A shortest path in either direction, or (`->`) following each relationship from its source to its target. */
function shortestPathQueryOf(arrow: '-' | '->'): string {
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[path:${drawnTypes}*..12]${arrow}(b))
WHERE all(r IN path WHERE $types IS NULL OR type(r) IN $types)
WITH a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
     CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS nodes,
     CASE WHEN p IS NULL THEN [] ELSE relationships(p) END AS rels,
     p IS NOT NULL AS found
WITH nodes, rels, fromFound, toFound, found, [n IN nodes | n.id] AS pathNodeIds, [r IN rels | r.id] AS pathRelationshipIds
${graphTail('fromFound', 'toFound', 'found', 'pathNodeIds', 'pathRelationshipIds')}`;
}

export const shortestPathQuery = shortestPathQueryOf('-');
export const directedShortestPathQuery = shortestPathQueryOf('->');

function partnerInvolvementQuery(maxHops: number): string {
  return `
OPTIONAL MATCH (partner:Entity {id: $id})
CALL (partner) {
  MATCH path = (partner:Partner)-[:${drawnTypes}*1..${maxHops}]->(reached:Entity)
  WHERE reached:Theme OR reached:VictimGroup OR reached:Risk
  WITH path ORDER BY length(path), [n IN nodes(path) | n.id]
  LIMIT $maxPaths
  RETURN collect(path) AS paths
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND nodes(path) AS n
  RETURN collect(DISTINCT n) AS pathNodes
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND relationships(path) AS r
  RETURN collect(DISTINCT r) AS rels
}
WITH CASE WHEN partner IS NULL THEN [] ELSE [partner] + pathNodes END AS nodes, rels,
     partner IS NOT NULL AS found, partner:Partner AS isPartner,
     [path IN paths | {nodeIds: [n IN nodes(path) | n.id], relationshipIds: [r IN relationships(path) | r.id]}] AS pathIds
${graphTail('found', 'isPartner', 'pathIds')}`;
}

export const partnerInvolvementQueries: ReadonlyMap<number, string> = new Map(
  [1, 2, 3, 4].map((hops) => [hops, partnerInvolvementQuery(hops)]),
);

/** Every relationship citing the source `s`, when $withSentenceRelationships: per type, a seek on its `source` index. */
const relationshipsCitingSource = relationshipTypes
  .map(
    (type) => `
    UNWIND CASE WHEN $withSentenceRelationships THEN [true] ELSE [] END AS wanted
    MATCH (a:Entity)-[r:${type}]->(b:Entity)
    WHERE r.source = s.id
    RETURN r, a, b`,
  )
  .join('\n    UNION ALL');

export const sourcesQuery = `
MATCH (s:Source)
WHERE ($ids IS NULL OR s.id IN $ids) AND ($after IS NULL OR s.id > $after)
WITH s ORDER BY s.id
LIMIT $first
CALL (s) {
  CALL (s) {${relationshipsCitingSource}
  }
  RETURN collect(r) AS cited, collect(DISTINCT a) + collect(DISTINCT b) AS citedNodes
}
WITH collect(s { .id, .title, .text, .sentences }) AS sources, collect(cited) AS citedLists, collect(citedNodes) AS nodeLists
WITH sources,
     reduce(all = [], list IN citedLists | all + list) AS rels,
     reduce(all = [], list IN nodeLists | all + list) AS nodes
RETURN [n IN nodes | ${entityRow}] AS entities,
       [r IN rels | ${relationshipRow}] AS relationships,
       [] AS nodeIds, [r IN rels | r.id] AS relationshipIds,
       sources, [] AS complete`;

export const statsQuery = `
CALL () {
  MATCH (n:Entity)
  UNWIND labels(n) AS label
  WITH label WHERE label <> 'Entity'
  WITH label, count(*) AS count ORDER BY label
  RETURN collect({label: label, count: count}) AS byLabel
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS byType
}
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
// The inspector's findings by judgement: stated findings only, so neither the edges a finding draws as nor what
// is inferred from context inflate the counts.
CALL () {
  MATCH (f:Finding)
  WITH f.judgement AS judgement, f.basis AS basis, count(*) AS count
  RETURN collect({judgement: judgement, basis: basis, count: count}) AS findingsByJudgement
}
RETURN nodes, byLabel, byType, findingsByJudgement`;

/** An assessment's metadata, as mappers.ts reads it (toAssessment). */
const assessmentMap = 's { .id, .title, .forceId, .inspectorId, .year, .yearBasis, .published, .kind, .url, .licence, .fictional }';

/** A finding `f` with its participants' ids and roles and the ids of the relationships it draws as (toFinding). */
const findingRow = `[f.id, f.assessment, f.sentence, f.judgement, f.basis, f.status, f.quote, f.start, f.end, f.inferredFrom,
  [(f)-[i:INVOLVES]->(e:Entity) | [e.id, i.role]],
  [(f)-[:INVOLVES]->(:Entity)-[r]->(:Entity) WHERE r.finding = f.id | r.id],
  f.review, f.reviewedBy, f.reviewedAt.epochMillis, f.reviewReason]`;

/**
 * The ending of every query about findings, given `page` (the findings, in order): their participants, the
 * relationships they draw as, and their assessments with the force and inspector of each, in the same round trip.
 */
function findingTail(...carry: string[]): string {
  const extra = carry.map((column) => `, ${column}`).join('');
  return `
CALL (page) {
  UNWIND page AS f
  MATCH (f)-[:INVOLVES]->(e:Entity)
  OPTIONAL MATCH (e)-[r]->(:Entity) WHERE r.finding = f.id
  RETURN collect(DISTINCT e) AS participants, collect(DISTINCT r) AS drawn
}
CALL (page) {
  UNWIND page AS f
  WITH DISTINCT f.assessment AS assessmentId
  MATCH (s:Source {id: assessmentId})
  OPTIONAL MATCH (force:Entity {id: s.forceId})
  OPTIONAL MATCH (inspector:Entity {id: s.inspectorId})
  RETURN collect(${assessmentMap}) AS assessments, collect(force) + collect(inspector) AS people
}
WITH participants + people AS nodes, drawn AS rels, assessments, [f IN page | ${findingRow}] AS findings${extra}
${graphTail('assessments', 'findings', ...carry)}`;
}

/**
 * Findings page by page in the order of their reports (by assessment id, then sentence, then id), with the filters
 * of the findings field. $after is the sort key of the last finding of the page before ([assessment, sentence, id]).
 */
export const findingsQuery = `
CALL () {
  MATCH (f:Finding)
  WHERE ($assessments IS NULL OR f.assessment IN $assessments)
    AND ($judgements IS NULL OR f.judgement IN $judgements)
    AND ($entity IS NULL OR EXISTS { (f)-[:INVOLVES]->(:Entity {id: $entity}) })
    AND ($theme IS NULL OR EXISTS { (f)-[:INVOLVES]->(t:Theme) WHERE t.id = $theme OR $theme IN coalesce(t.aliases, []) })
    AND ($force IS NULL AND $year IS NULL
         OR EXISTS { MATCH (s:Source {id: f.assessment}) WHERE ($force IS NULL OR s.forceId = $force) AND ($year IS NULL OR s.year = $year) })
  WITH f ORDER BY f.assessment, f.sentence, f.id
  RETURN collect(f) AS matching
}
WITH matching, size(matching) AS totalCount,
     [f IN matching WHERE $after IS NULL OR f.assessment > $after[0]
        OR (f.assessment = $after[0] AND (f.sentence > $after[1] OR (f.sentence = $after[1] AND f.id > $after[2])))] AS rest
WITH rest[..$first] AS page, size(rest) > $first AS hasNextPage, size(rest) < totalCount AS hasPreviousPage, totalCount
${findingTail('hasNextPage', 'hasPreviousPage', 'totalCount')}`;

export const findingsByIdQuery = `
UNWIND $ids AS id
MATCH (f:Finding {id: id})
WITH collect(f) AS page
${findingTail()}`;

export const assessmentsByIdQuery = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (force:Entity {id: s.forceId})
OPTIONAL MATCH (inspector:Entity {id: s.inspectorId})
WITH collect(${assessmentMap}) AS assessments, collect(force) + collect(inspector) AS nodes
WITH assessments, nodes, [] AS rels
${graphTail('assessments')}`;

/** Assessments in id order under the filters of the assessments field, `$first` of them after the id `$after`. */
export const assessmentPageQuery = `
CALL () {
  MATCH (s:Source)
  WHERE ($force IS NULL OR s.forceId = $force) AND ($year IS NULL OR s.year = $year) AND ($kind IS NULL OR s.kind = $kind)
  WITH s ORDER BY s.id
  RETURN collect(s) AS matching
}
WITH matching, size(matching) AS totalCount, [s IN matching WHERE $after IS NULL OR s.id > $after] AS rest
WITH rest[..$first] AS page, size(rest) > $first AS hasNextPage, size(rest) < totalCount AS hasPreviousPage, totalCount
CALL (page) {
  UNWIND page AS s
  OPTIONAL MATCH (force:Entity {id: s.forceId})
  OPTIONAL MATCH (inspector:Entity {id: s.inspectorId})
  RETURN collect(force) + collect(inspector) AS nodes
}
WITH nodes, [] AS rels, [s IN page | ${assessmentMap}] AS assessments, hasNextPage, hasPreviousPage, totalCount
${graphTail('assessments', 'hasNextPage', 'hasPreviousPage', 'totalCount')}`;

/**
 * Whatever has the id $id: an entity, a finding, an assessment, or a relationship (read through the entities its id
 * names: `<finding>/<from>/<type>/<to>`, so no scan of every relationship). Ids are unique across the kinds.
 */
export const nodeQuery = `
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (f:Finding {id: $id})
OPTIONAL MATCH (s:Source {id: $id})
OPTIONAL MATCH (force:Entity {id: s.forceId})
OPTIONAL MATCH (inspector:Entity {id: s.inspectorId})
CALL () {
  OPTIONAL MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
  WHERE r.id = $id
  RETURN collect(r) AS rels
}
WITH [x IN [n, force, inspector] WHERE x IS NOT NULL] AS nodes, rels, [x IN [f] WHERE x IS NOT NULL] AS page,
     CASE WHEN s IS NULL THEN [] ELSE [${assessmentMap}] END AS assessments
CALL (page) {
  UNWIND page AS f
  MATCH (f)-[:INVOLVES]->(e:Entity)
  RETURN collect(e) AS participants
}
WITH nodes + participants + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS nodes, rels, assessments,
     [f IN page | ${findingRow}] AS findings
${graphTail('assessments', 'findings')}`;

// ---- Comparing forces and years (server/compare-resolvers.ts; the rules are in finding-changes.ts) ----

/**
 * A stated finding `f` of the assessment `s` about the theme `t`, as finding-changes.ts reads it (ThemedFinding). The
 * types it draws come apart (drawnByAssessments), from the relationship indexes rather than every edge of its force.
 */
/**
 * Counting a theme's relationships to entities walks every one of them: at scale, hundreds of thousands for the
 * themes of a 43-force matrix. Compare and diff count them only when the request reads a degree ($withDegree).
 */
const entityRowDegreeWhenAsked = entityRow.replace('COUNT { (n)--(:Entity) }', 'CASE WHEN $withDegree THEN COUNT { (n)--(:Entity) } END');

const themedFindingRow = '[f.id, f.assessment, s.forceId, f.sentence, s.sentences[f.sentence - 1], f.quote, f.judgement, t.id]';

/**
 * The relationships citing $from or $to: per type, a seek on its index of `source`, so a force with thousands of
 * relationships is not walked once per finding.
 */
const drawnByAssessments = relationshipTypes
  .map(
    (type) => `
    MATCH (x:Entity)-[r:${type}]->(:Entity)
    WHERE r.source IN [$from, $to] AND r.finding IS NOT NULL
    RETURN [r.finding, type(r), x.id] AS row`,
  )
  .join('\n    UNION ALL');

/**
 * The matrix of forces by themes: each force's one assessment (its latest, by year then id, or its latest of $year),
 * and the stated findings of those assessments about the themes $themes names (by id or alias; every theme they
 * touch when null). Reports which ids name no entity, or an entity of another kind, so the resolver can say so.
 */
export const compareQuery = `
CALL () {
  UNWIND $forces AS forceId
  OPTIONAL MATCH (n:Entity {id: forceId})
  RETURN collect([forceId, n IS NOT NULL, coalesce(n:Force, false)]) AS forceChecks, collect(CASE WHEN n:Force THEN n END) AS forceNodes
}
CALL () {
  UNWIND coalesce($themes, []) AS wanted
  OPTIONAL MATCH (t:Theme) WHERE t.id = wanted OR wanted IN coalesce(t.aliases, [])
  RETURN collect([wanted, t.id]) AS themeChecks, collect(DISTINCT t) AS themeNodes
}
CALL () {
  UNWIND $forces AS forceId
  CALL (forceId) {
    MATCH (s:Source {forceId: forceId})
    WHERE $year IS NULL OR s.year = $year
    // Neo4j sorts null above every value: an assessment of unknown year is never taken as the latest.
    RETURN s ORDER BY s.year IS NOT NULL DESC, s.year DESC, s.id DESC
    LIMIT 1
  }
  RETURN collect(s) AS chosen
}
CALL (chosen, themeNodes) {
  UNWIND chosen AS s
  MATCH (f:Finding {assessment: s.id})-[:INVOLVES]->(t:Theme)
  WHERE f.basis = 'STATED' AND ($themes IS NULL OR t IN themeNodes)
  RETURN collect(${themedFindingRow}) AS rows, collect(DISTINCT t) AS touched
}
WITH forceNodes + CASE WHEN $themes IS NULL THEN touched ELSE themeNodes END AS nodes, [] AS rels, forceChecks, themeChecks,
     rows, [s IN chosen | ${assessmentMap}] AS assessments
${graphTailOf(entityRowDegreeWhenAsked, 'forceChecks', 'themeChecks', 'rows', 'assessments')}`;

/**
 * The stated, judged findings about themes of two assessments, with the assessments and their forces, the themes
 * (their names and aliases tell which are one) and the relationships the findings draw ([finding, type, from]).
 */
export const diffQuery = `
OPTIONAL MATCH (a:Source {id: $from})
OPTIONAL MATCH (b:Source {id: $to})
CALL (a, b) {
  UNWIND [x IN [a, b] WHERE x IS NOT NULL] AS s
  MATCH (f:Finding {assessment: s.id})-[:INVOLVES]->(t:Theme)
  WHERE f.basis = 'STATED' AND f.judgement IS NOT NULL
  RETURN collect(${themedFindingRow}) AS rows, collect(DISTINCT t) AS themes
}
CALL (a, b) {
  UNWIND [x IN [a, b] WHERE x IS NOT NULL] AS s
  MATCH (force:Entity {id: s.forceId})
  RETURN collect(DISTINCT force) AS forces
}
CALL () {
  CALL () {${drawnByAssessments}
  }
  RETURN collect(row) AS drawn
}
WITH themes + forces AS nodes, [] AS rels, rows, drawn, a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
     [s IN [a, b] WHERE s IS NOT NULL | ${assessmentMap}] AS assessments
${graphTailOf(entityRowDegreeWhenAsked, 'rows', 'drawn', 'fromFound', 'toFound', 'assessments')}`;

/**
 * One theme of a force across its assessments: the force and theme as named (the theme by id or alias), every
 * assessment of the force in year order (unknown years last, then by id) as ids, and, for the page after $after
 * ($first of them), the assessments and their stated findings about the theme. A force has tens of assessments, so
 * the page is cut from the ordered list here rather than with a keyset.
 */
export const timelineQuery = `
OPTIONAL MATCH (force:Entity {id: $force})
CALL () {
  OPTIONAL MATCH (t:Theme) WHERE t.id = $theme OR $theme IN coalesce(t.aliases, [])
  RETURN collect(t) AS themeNodes
}
CALL () {
  OPTIONAL MATCH (s:Source {forceId: $force})
  WITH s ORDER BY s.year IS NULL, s.year, s.id
  RETURN collect(s) AS ordered
}
// The position after the cursor's assessment: null when the cursor names none of the force's.
WITH force, themeNodes, ordered,
     CASE WHEN $after IS NULL THEN 0 ELSE [i IN range(0, size(ordered) - 1) WHERE ordered[i].id = $after | i + 1][0] END AS start
WITH force, themeNodes, ordered, start, CASE WHEN start IS NULL THEN [] ELSE ordered[start..start + $first] END AS page
CALL (themeNodes, page) {
  UNWIND page AS s
  UNWIND themeNodes AS t
  MATCH (f:Finding {assessment: s.id})-[:INVOLVES]->(t)
  WHERE f.basis = 'STATED'
  RETURN collect(DISTINCT ${themedFindingRow}) AS rows
}
WITH CASE WHEN force IS NULL THEN [] ELSE [force] END + themeNodes AS nodes, [] AS rels, rows,
     force IS NOT NULL AS forceFound, coalesce(force:Force, false) AS isForce, [t IN themeNodes | t.id] AS themeIds,
     start, size(ordered) AS totalCount, [s IN page | ${assessmentMap}] AS assessments
${graphTailOf(entityRowDegreeWhenAsked, 'rows', 'forceFound', 'isForce', 'themeIds', 'start', 'totalCount', 'assessments')}`;
