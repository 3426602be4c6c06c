// The Neo4j of the tests that write: seeded like the read-only tests' one, but theirs alone.
import type { TestProject } from 'vitest/node';
import { provideSeededNeo4j } from '../global-setup.ts';

export default function setup(project: TestProject) {
  return provideSeededNeo4j(project, 'writes');
}
