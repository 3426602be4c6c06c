// The peel-graph model written as @neo4j/graphql type definitions: the reference a team would get for free.

/** Every relationship carries the same cited properties; @neo4j/graphql exposes them on connection edges. */
export const neo4jGraphQLTypeDefs = /* GraphQL */ `
  type Fact @relationshipProperties {
    id: ID!
    evidence: String!
    sentence: Int!
    judgement: String
    source: String!
  }

  interface Entity {
    id: ID!
    name: String!
    summary: String
  }

  type Force implements Entity @node(labels: ["Force", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    assessedBy: [Inspector!]! @relationship(type: "ASSESSES", direction: IN, properties: "Fact")
    hasStrength: [Theme!]! @relationship(type: "HAS_STRENGTH", direction: OUT, properties: "Fact")
    improved: [Theme!]! @relationship(type: "IMPROVED", direction: OUT, properties: "Fact")
    needsImprovement: [Entity!]! @relationship(type: "NEEDS_IMPROVEMENT", direction: OUT, properties: "Fact")
    safeguards: [VictimGroup!]! @relationship(type: "SAFEGUARDS", direction: OUT, properties: "Fact")
    worksWith: [Partner!]! @relationship(type: "WORKS_WITH", direction: OUT, properties: "Fact")
    faces: [Risk!]! @relationship(type: "FACES", direction: OUT, properties: "Fact")
    uses: [Power!]! @relationship(type: "USES", direction: OUT, properties: "Fact")
    engages: [Entity!]! @relationship(type: "ENGAGES", direction: OUT, properties: "Fact")
  }

  type Inspector implements Entity @node(labels: ["Inspector", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    assesses: [Force!]! @relationship(type: "ASSESSES", direction: OUT, properties: "Fact")
  }

  type Theme implements Entity @node(labels: ["Theme", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    pillar: String
  }

  type Partner implements Entity @node(labels: ["Partner", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    supports: [Theme!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Fact")
    informs: [Risk!]! @relationship(type: "INFORMS", direction: OUT, properties: "Fact")
    tackles: [Risk!]! @relationship(type: "TACKLES", direction: OUT, properties: "Fact")
  }

  type VictimGroup implements Entity @node(labels: ["VictimGroup", "Entity"]) {
    id: ID!
    name: String!
    summary: String
  }

  type Risk implements Entity @node(labels: ["Risk", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    threatens: [VictimGroup!]! @relationship(type: "THREATENS", direction: OUT, properties: "Fact")
  }

  type Power implements Entity @node(labels: ["Power", "Entity"]) {
    id: ID!
    name: String!
    summary: String
    restricts: [Risk!]! @relationship(type: "RESTRICTS", direction: OUT, properties: "Fact")
  }

  type Community implements Entity @node(labels: ["Community", "Entity"]) {
    id: ID!
    name: String!
    summary: String
  }
`;

/** Fields selected on every edge, matching what the peel-graph side of the comparison asks for. */
const edge = '{ edges { properties { id evidence sentence judgement source } node { __typename id name } } }';

/** A force with every neighbour and the evidence of every relationship, as @neo4j/graphql phrases it. */
export const neo4jGraphQLForceQuery = /* GraphQL */ `
  query ForceWithNeighbours($id: ID!) {
    forces(where: { id: { eq: $id } }) {
      id
      name
      summary
      assessedByConnection ${edge}
      hasStrengthConnection ${edge}
      improvedConnection ${edge}
      needsImprovementConnection ${edge}
      safeguardsConnection ${edge}
      worksWithConnection ${edge}
      facesConnection ${edge}
      usesConnection ${edge}
      engagesConnection ${edge}
    }
  }
`;
