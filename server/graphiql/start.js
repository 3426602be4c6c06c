// Opens GraphiQL on the API with the README's examples as tabs; a file of its own so no inline script is needed.
const root = document.getElementById('root');
fetch('/graphiql/examples.json')
  .then((response) => response.json())
  .catch(() => [])
  .then((examples) => {
    const tabs = examples.map((example) => ({
      query: example.query,
      variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
    }));
    root.textContent = '';
    globalThis.YogaGraphiQL.renderYogaGraphiQL(root, {
      endpoint: '/graphql',
      title: 'peel-graph API',
      defaultTabs: tabs,
      // Yoga's GraphiQL fills the open tab with its welcome text unless given the first tab's query.
      query: tabs[0]?.query,
      variables: tabs[0]?.variables,
    });
  });
