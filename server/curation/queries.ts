// Every Cypher statement of merging and splitting entities, parameterised; run by entity-curation.ts. The drawn
// relationships are typed, so each is recreated with its type (a dynamic type, Neo4j 5.26) and a new id that
// names its new endpoint, carrying every property it had.

/** Both entities, locked, as the audit trail records them. */
export const lockEntitiesQuery = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.locking = true
REMOVE e.locking
RETURN e.id AS id, e.name AS name, [label IN labels(e) WHERE label <> "Entity"][0] AS label, coalesce(e.aliases, []) AS aliases,
       COUNT { (e)<-[:INVOLVES]-(:Finding) } AS findings`;

/** Moves what names `from` to `into`: participations, drawn relationships both ways, assessments' force or inspector. */
export const mergeEntityQuery = `
MATCH (from:Entity {id: $from}), (into:Entity {id: $into})
CALL (from, into) {
  MATCH (f:Finding)-[i:INVOLVES]->(from)
  MERGE (f)-[:INVOLVES {role: i.role}]->(into)
  DELETE i
}
CALL (from, into) {
  MATCH (from)-[r]->(b:Entity)
  CALL (r, into, b) {
    WITH r, into, b WHERE b <> into
    CREATE (into)-[n:$(type(r))]->(b)
    SET n = properties(r), n.id = r.finding + "/" + into.id + "/" + toLower(type(r)) + "/" + b.id
  }
  DELETE r
}
CALL (from, into) {
  MATCH (a:Entity)-[r]->(from)
  CALL (r, into, a) {
    WITH r, into, a WHERE a <> into
    CREATE (a)-[n:$(type(r))]->(into)
    SET n = properties(r), n.id = r.finding + "/" + a.id + "/" + toLower(type(r)) + "/" + into.id
  }
  DELETE r
}
CALL (from, into) {
  MATCH (s:Source) WHERE s.forceId = from.id OR s.inspectorId = from.id
  SET s.forceId = CASE s.forceId WHEN from.id THEN into.id ELSE s.forceId END,
      s.inspectorId = CASE s.inspectorId WHEN from.id THEN into.id ELSE s.inspectorId END
}
WITH from, into, [name IN coalesce(into.aliases, []) + [from.name] + coalesce(from.aliases, []) WHERE name <> into.name] AS names
SET into.aliases = reduce(kept = [], name IN names | CASE WHEN name IN kept THEN kept ELSE kept + name END)
SET into.nameKeys = [name IN [into.name] + into.aliases | toLower(name)]
DETACH DELETE from
RETURN into.aliases AS aliases`;

/** A new entity of the given kind, for the findings split off. */
export const createSplitEntityQuery = `
CREATE (e:Entity {id: $id, name: $name, pillar: $pillar, aliases: [], summary: null, nameKeys: [toLower($name)]})
SET e:$($label)`;

/** Moves the named findings' participation and drawn relationships from one entity to the new one. */
export const splitFindingsQuery = `
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
UNWIND $findings AS findingId
MATCH (f:Finding {id: findingId})-[i:INVOLVES]->(from)
CREATE (f)-[:INVOLVES {role: i.role}]->(to)
DELETE i
WITH DISTINCT from, to, f
CALL (from, to, f) {
  MATCH (from)-[r]->(b:Entity) WHERE r.finding = f.id
  CREATE (to)-[n:$(type(r))]->(b)
  SET n = properties(r), n.id = r.finding + "/" + to.id + "/" + toLower(type(r)) + "/" + b.id
  DELETE r
}
CALL (from, to, f) {
  MATCH (a:Entity)-[r]->(from) WHERE r.finding = f.id
  CREATE (a)-[n:$(type(r))]->(to)
  SET n = properties(r), n.id = r.finding + "/" + a.id + "/" + toLower(type(r)) + "/" + to.id
  DELETE r
}
RETURN count(f) AS moved`;

/** Which of the named findings involve the entity. */
export const findingsInvolvingQuery = `
UNWIND $findings AS findingId
MATCH (f:Finding {id: findingId})-[:INVOLVES]->(:Entity {id: $id})
RETURN collect(DISTINCT f.id) AS found`;
