// Builds a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec), which Yoga reads.

/**
 * `files` maps each variable path (e.g. "input.file") to the file to send there. The operation travels with
 * nulls where the files go; the `map` field says which form field fills which variable.
 */
export function multipartRequest(query: string, variables: Record<string, unknown>, files: Record<string, Blob>): FormData {
  const withNulls = structuredClone(variables);
  const map: Record<string, string[]> = {};
  const entries = Object.entries(files);
  entries.forEach(([path], index) => {
    setAtPath(withNulls, path, null);
    map[String(index)] = [`variables.${path}`];
  });
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: withNulls }));
  form.append('map', JSON.stringify(map));
  entries.forEach(([, file], index) => form.append(String(index), file, file instanceof File ? file.name : 'upload'));
  return form;
}

function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) throw new Error(`multipartRequest: the variables have no object at "${key}" of "${path}"`);
    at = next as Record<string, unknown>;
  }
  at[keys.at(-1) as string] = value;
}
