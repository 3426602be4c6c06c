// Schema for the peel-graph knowledge graph: uniqueness of every id, and findings by assessment (the indexes naming
// every kind or type are generated into 01-type-indexes.cypher).
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

// The record of each applied seed script, which a seed locks while it applies that script.
CREATE CONSTRAINT seed_script_id IF NOT EXISTS FOR (s:SeedScript) REQUIRE s.id IS UNIQUE;

// Findings: each claim of an assessment, looked up by id and listed by the assessment it belongs to.
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (f:Finding) REQUIRE f.id IS UNIQUE;
CREATE INDEX finding_assessment IF NOT EXISTS FOR (f:Finding) ON (f.assessment);

// Drafts under review and their findings: kept apart from the graph readers see, looked up by id and by draft.
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT draft_finding_id IF NOT EXISTS FOR (f:DraftFinding) REQUIRE f.id IS UNIQUE;
CREATE INDEX draft_finding_draft IF NOT EXISTS FOR (f:DraftFinding) ON (f.draft);

// Assessments by force: comparing forces takes each one's latest assessment.
CREATE INDEX source_force IF NOT EXISTS FOR (s:Source) ON (s.forceId);

// Entities by every name they go by, in lower case (n.nameKeys: the name, then the aliases), each kept whole as one
// term: drafting looks up the runs of words of a document here, rather than reading every entity.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: "keyword"}};
