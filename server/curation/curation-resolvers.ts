// The GraphQL fields of merging and splitting entities: admins only, checked before the arguments.
import { identifier, shortList } from '../arguments.ts';
import { type AuthContext, requireRole } from '../auth/roles.ts';
import { badUserInput } from '../errors.ts';
import type { EntityCuration } from './entity-curation.ts';

interface CurationContext extends AuthContext {
  curation: EntityCuration;
  graph: { entity(id: string): unknown };
}

function reason(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 2_000) throw badUserInput('reason', 'must say why, in at most 2000 characters');
  return trimmed;
}

export const curationMutationFields = {
  async mergeEntities(_: unknown, args: { into: string; from: string; reason: string }, context: CurationContext) {
    const viewer = requireRole(context, 'admin');
    const id = await context.curation.merge({ into: identifier('into', args.into), from: identifier('from', args.from), reason: reason(args.reason), actor: viewer.name });
    return context.graph.entity(id);
  },

  async splitEntity(_: unknown, args: { id: string; findings: string[]; name: string; reason: string }, context: CurationContext) {
    const viewer = requireRole(context, 'admin');
    const findings = (shortList('findings', args.findings) ?? []).map((f) => identifier('findings', f));
    if (args.name.trim().length > 200) throw badUserInput('name', 'is longer than 200 characters');
    const id = await context.curation.split({ id: identifier('id', args.id), findings, name: args.name, reason: reason(args.reason), actor: viewer.name });
    return context.graph.entity(id);
  },
};
