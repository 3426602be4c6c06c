// The README's example operations, which GraphiQL opens as tabs ready to run.
export interface ExampleOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const exampleOperations: ExampleOperation[] = [
  {
    name: 'WorksWith',
    query: /* GraphQL */ `# Whom does Cheshire Constabulary work with, on what, and where does the report say so?
query WorksWith {
  entity(id: "cheshire-constabulary") {
    relationships(types: [WORKS_WITH], direction: OUT) {
      target {
        name
        relationships(direction: OUT) { type target { name } evidence { quote sentence } }
      }
      evidence { quote sentence }
    }
  }
}
`,
  },
  {
    name: 'DirectedPath',
    query: /* GraphQL */ `# Whom does the risk the force faces threaten? Each hop follows an assertion, with its sentence.
query DirectedPath {
  shortestPath(from: "cheshire-constabulary", to: "vulnerable-victims-of-crime", directed: true) {
    length
    edges { source { name } type target { name } evidence { quote sentence } }
  }
}
`,
  },
  {
    name: 'Involvement',
    query: /* GraphQL */ `# Everything a partner is involved in, each path cited.
query Involvement($id: ID!) {
  partnerInvolvement(partnerId: $id) {
    reached { name kind }
    paths { edges { type evidence { quote sentence } } }
  }
}
`,
    variables: { id: 'cheshire-other-agencies' },
  },
];
