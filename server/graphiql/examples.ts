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
    query: /* GraphQL */ `# How do the restrictions on perpetrators reach victims of domestic abuse? Each hop follows an assertion.
query DirectedPath {
  shortestPath(from: "restrictions-on-perpetrators", to: "victims-of-domestic-abuse", directed: true) {
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
