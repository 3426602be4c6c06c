// GraphiQL's editor runs its language services in web workers; they are served beside the page, not from a CDN.
const workerFiles = {
  editorWorkerService: 'editor.worker.bundle.js',
  json: 'json.worker.bundle.js',
  graphql: 'graphql.worker..bundle.js',
};
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => `/graphiql/monacoeditorwork/${workerFiles[label] ?? workerFiles.editorWorkerService}`,
};
