// Schema for the peel-graph knowledge graph: uniqueness of every id, and the search indexes the API uses.
// Only schema statements, each IF NOT EXISTS, so the file can be re-run at any time.

// Every entity id is unique across all kinds (the :Entity constraint), and within its own kind label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT force_id IF NOT EXISTS FOR (n:Force) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT inspector_id IF NOT EXISTS FOR (n:Inspector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT victim_group_id IF NOT EXISTS FOR (n:VictimGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_id IF NOT EXISTS FOR (n:Risk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT power_id IF NOT EXISTS FOR (n:Power) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;

// Source documents (inspection reports) are not entities but are looked up by id the same way.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Free-text search over what entities are called and what they are.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Force|Inspector|Theme|Partner|VictimGroup|Risk|Power|Community)
ON EACH [n.name, n.summary, n.aliases];

// Free-text search over the quoted evidence of every fact, whatever its type.
CREATE FULLTEXT INDEX evidence_search IF NOT EXISTS
FOR ()-[r:ASSESSES|HAS_STRENGTH|IMPROVED|NEEDS_IMPROVEMENT|SAFEGUARDS|WORKS_WITH|SUPPORTS|INFORMS|TACKLES|FACES|THREATENS|USES|RESTRICTS|ENGAGES]-()
ON EACH [r.evidence];

// Facts are filtered by the report they come from. A range index covers one relationship type,
// so there is one per type (range indexes on relationship properties are in Community Edition).
CREATE INDEX assesses_source IF NOT EXISTS FOR ()-[r:ASSESSES]-() ON (r.source);
CREATE INDEX has_strength_source IF NOT EXISTS FOR ()-[r:HAS_STRENGTH]-() ON (r.source);
CREATE INDEX improved_source IF NOT EXISTS FOR ()-[r:IMPROVED]-() ON (r.source);
CREATE INDEX needs_improvement_source IF NOT EXISTS FOR ()-[r:NEEDS_IMPROVEMENT]-() ON (r.source);
CREATE INDEX safeguards_source IF NOT EXISTS FOR ()-[r:SAFEGUARDS]-() ON (r.source);
CREATE INDEX works_with_source IF NOT EXISTS FOR ()-[r:WORKS_WITH]-() ON (r.source);
CREATE INDEX supports_source IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.source);
CREATE INDEX informs_source IF NOT EXISTS FOR ()-[r:INFORMS]-() ON (r.source);
CREATE INDEX tackles_source IF NOT EXISTS FOR ()-[r:TACKLES]-() ON (r.source);
CREATE INDEX faces_source IF NOT EXISTS FOR ()-[r:FACES]-() ON (r.source);
CREATE INDEX threatens_source IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.source);
CREATE INDEX uses_source IF NOT EXISTS FOR ()-[r:USES]-() ON (r.source);
CREATE INDEX restricts_source IF NOT EXISTS FOR ()-[r:RESTRICTS]-() ON (r.source);
CREATE INDEX engages_source IF NOT EXISTS FOR ()-[r:ENGAGES]-() ON (r.source);

// Findings: each claim of an assessment, looked up by id and listed by the assessment it belongs to.
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (f:Finding) REQUIRE f.id IS UNIQUE;
CREATE INDEX finding_assessment IF NOT EXISTS FOR (f:Finding) ON (f.assessment);
