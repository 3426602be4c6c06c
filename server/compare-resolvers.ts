// The GraphQL fields for many assessments: compare (forces by themes) and diff (what changed between two assessments
// of a force), compareByPillar (forces by PEEL pillar) and timeline (one theme of a force across years). Each asks the repository once; the rules of pairing and ordering are in graph/finding-changes.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor, identifier, integerIn, shortList } from './arguments.ts';
import { badUserInput, notFound } from './errors.ts';
import { compareCells, diffFindings, type FindingChange, pillarCells, type ThemedFinding, themeGroups, worstFirstOnce } from './graph/finding-changes.ts';
import type { AssessmentRecord, EntityRecord, FindingRecord, Pillar } from './graph/records.ts';
import type { CompareResult, Prefetch } from './graph/repository.ts';
import type { QueryResolvers } from './generated/resolver-types.ts';
import { selectedCoordinates } from './lookahead.ts';
import type { RequestGraph } from './request-graph.ts';

/** Findings listed in one cell of the matrix, worst first. */
export const cellFindingLimit = 20;
/** Themes a matrix lists when none are named. */
export const compareThemeLimit = 500;
/** Entries in each list of a diff. */
export const diffListLimit = 500;

const pillarOrder: readonly (Pillar | null)[] = [null, 'EFFECTIVENESS', 'EFFICIENCY', 'LEGITIMACY'];

function prefetchFor(info: GraphQLResolveInfo): Prefetch {
  return { relationships: selectedCoordinates(info).has('Entity.relationships'), sources: false };
}

/** Whether the request reads an entity's degree: counting it walks every relationship of a theme. */
function wantsDegree(info: GraphQLResolveInfo): boolean {
  return [...selectedCoordinates(info)].some((coordinate) => coordinate.endsWith('.degree'));
}

/** Whether the request reads a finding beyond its id, which the compare and diff queries do not bring back. */
function wantsFindingDetails(info: GraphQLResolveInfo): boolean {
  return [...selectedCoordinates(info)].some((coordinate) => coordinate.startsWith('Finding.') && coordinate !== 'Finding.id');
}

/** The findings by id: from the request's cache, loaded in one batch when the request reads more than their ids. */
async function findingRecords(graph: RequestGraph, ids: readonly string[], details: boolean): Promise<Map<string, FindingRecord>> {
  const unique = [...new Set(ids)];
  if (details && unique.length > 0) graph.absorb(await graph.repository.findingsById(unique));
  return new Map(unique.map((id) => [id, details ? (graph.cachedFinding(id) ?? ({ id } as FindingRecord)) : ({ id } as FindingRecord)]));
}

function cached(graph: RequestGraph, id: string): EntityRecord {
  const entity = graph.cachedEntity(id);
  if (!entity) throw new Error(`entity ${id} is not in the graph`);
  return entity;
}

const byPillarThenName = (a: EntityRecord, b: EntityRecord) =>
  pillarOrder.indexOf(a.pillar) - pillarOrder.indexOf(b.pillar) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Compare's arguments, checked: 1 to 50 forces, themes named by id or alias (null for all), a plausible year. */
function compareArguments(args: { forces: readonly string[]; themes?: readonly string[] | null; year?: number | null }) {
  const forces = shortList('forces', args.forces)?.map((id) => identifier('forces', id)) ?? [];
  if (forces.length === 0) throw badUserInput('forces', 'must name at least one force');
  const named = shortList('themes', args.themes)?.map((id) => identifier('themes', id)) ?? null;
  if (named !== null && named.length === 0) throw badUserInput('themes', 'must name at least one theme (or be left out, for every theme)');
  const year = args.year === null || args.year === undefined ? null : integerIn('year', args.year, 1829, 9999);
  return { forces, named, year };
}

/** The repository's answer for a matrix, its ids checked (each force a force, each named theme found) and cached. */
async function compared(graph: RequestGraph, info: GraphQLResolveInfo, forces: string[], named: string[] | null, year: number | null): Promise<CompareResult> {
  const result = await graph.repository.compare({ forces, themes: named, year, withDegree: wantsDegree(info) }, prefetchFor(info));
  for (const check of result.forces) {
    if (!check.found) throw notFound('forces', check.id, 'force');
    if (!check.isForce) throw badUserInput('forces', `names "${check.id}", which is not a force`);
  }
  for (const check of result.themes) if (check.id === null) throw notFound('themes', check.wanted, 'theme');
  graph.absorb(result.fragment);
  return result;
}

/** The matrix's cells by theme as the schema's CompareCell, their findings loaded when the request reads more than ids. */
async function themeCells(graph: RequestGraph, info: GraphQLResolveInfo, result: CompareResult, forces: string[], themes: string[]) {
  const cells = compareCells(result.findings, forces, themes, cellFindingLimit);
  const findings = await findingRecords(graph, cells.flatMap((cell) => cell.findings.map((finding) => finding.id)), wantsFindingDetails(info));
  const assessments = new Map((result.fragment.assessments ?? []).map((assessment) => [assessment.forceId, assessment]));
  return {
    assessments,
    cells: cells.map((cell) => ({
      force: cached(graph, cell.forceId),
      theme: cached(graph, cell.themeId),
      assessment: assessments.get(cell.forceId)!,
      judgements: cell.judgements,
      findings: cell.findings.map((finding) => findings.get(finding.id)!),
      findingCount: cell.findingCount,
    })),
  };
}

export const compareQueryFields: Pick<QueryResolvers, 'compare' | 'compareByPillar' | 'diff' | 'timeline'> = {
  async compare(_, args, { graph }, info) {
    const { forces, named, year } = compareArguments(args);
    const result = await compared(graph, info, forces, named, year);

    // Named themes in the order named (an alias stands for its theme); otherwise every theme found, in pillar order.
    const themeIds = named
      ? [...new Set(named.flatMap((wanted) => result.themes.filter((check) => check.wanted === wanted).map((check) => check.id!)))]
      : [...new Set(result.findings.map((finding) => finding.themeId))].map((id) => cached(graph, id)).sort(byPillarThenName).map((theme) => theme.id);
    const truncated = themeIds.length > compareThemeLimit;
    const themes = themeIds.slice(0, compareThemeLimit);
    const { assessments, cells } = await themeCells(graph, info, result, forces, themes);
    return {
      forces: forces.map((id) => cached(graph, id)),
      themes: themes.map((id) => cached(graph, id)),
      assessments: forces.flatMap((id) => assessments.get(id) ?? []),
      cells,
      truncated,
    };
  },

  async compareByPillar(_, args, { graph }, info) {
    const { forces, year } = compareArguments(args);
    const result = await compared(graph, info, forces, null, year);
    const themes = [...new Set(result.findings.map((finding) => finding.themeId))].map((id) => cached(graph, id)).sort(byPillarThenName);
    // PEEL order, and the themes that state no pillar (the force as a whole) last, as their own column.
    const pillars = [...pillarOrder.slice(1), null].filter((pillar) => themes.some((theme) => theme.pillar === pillar));
    const pillarOf = new Map(themes.map((theme) => [theme.id, theme.pillar]));
    const { assessments, cells } = await themeCells(graph, info, result, forces, themes.map((theme) => theme.id));
    return {
      forces: forces.map((id) => cached(graph, id)),
      pillars: pillars.map((pillar) => ({ pillar, themes: themes.filter((theme) => theme.pillar === pillar) })),
      assessments: forces.flatMap((id) => assessments.get(id) ?? []),
      cells: pillarCells(result.findings, forces, pillars, pillarOf).map((cell) => ({
        force: cached(graph, cell.forceId),
        pillar: cell.pillar,
        assessment: assessments.get(cell.forceId)!,
        judgements: cell.judgements,
        findingCount: cell.findingCount,
        themes: cells.filter((themeCell) => themeCell.force.id === cell.forceId && pillarOf.get(themeCell.theme.id) === cell.pillar),
      })),
    };
  },

  async timeline(_, args, { graph }, info) {
    const force = identifier('force', args.force);
    const theme = identifier('theme', args.theme);
    const first = integerIn('first', args.first ?? 20, 1, 100);
    const after = decodeCursor('after', args.after);
    const result = await graph.repository.timeline({ force, theme, first, after, withDegree: wantsDegree(info) }, prefetchFor(info));
    if (!result.forceFound) throw notFound('force', force, 'force');
    if (!result.isForce) throw badUserInput('force', `names "${force}", which is not a force`);
    if (result.themeIds.length === 0) throw notFound('theme', theme, 'theme');
    if (result.themeIds.length > 1) throw badUserInput('theme', `is an alias of several themes (${result.themeIds.join(', ')}): name one by id`);
    if (result.start === null) throw badUserInput('after', 'is not a cursor of this force\'s timeline');
    graph.absorb(result.fragment);
    const findings = await findingRecords(graph, result.findings.map((finding) => finding.id), wantsFindingDetails(info));
    const nodes = (result.fragment.assessments ?? []).map((assessment) => ({
      assessment,
      findings: worstFirstOnce(result.findings.filter((finding) => finding.assessmentId === assessment.id)).map((finding) => ({
        finding: findings.get(finding.id)!,
        quote: finding.quote,
        sentence: finding.sentenceText,
        sentenceNumber: finding.sentence,
        judgement: finding.judgement,
      })),
    }));
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.assessment.id), node }));
    return {
      force: cached(graph, force),
      theme: cached(graph, result.themeIds[0]!),
      entries: {
        edges,
        nodes,
        totalCount: result.totalCount,
        pageInfo: {
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
          hasNextPage: result.start + nodes.length < result.totalCount,
          hasPreviousPage: result.start > 0,
        },
      },
    };
  },

  async diff(_, args, { graph }, info) {
    const from = identifier('from', args.from);
    const to = identifier('to', args.to);
    if (from === to) throw badUserInput('to', 'must name another assessment than `from`');
    const result = await graph.repository.diff({ from, to, withDegree: wantsDegree(info) }, prefetchFor(info));
    if (!result.fromFound) throw notFound('from', from, 'assessment');
    if (!result.toFound) throw notFound('to', to, 'assessment');
    graph.absorb(result.fragment);
    const assessments = new Map((result.fragment.assessments ?? []).map((assessment) => [assessment.id, assessment]));
    const [earlier, later] = [assessments.get(from)!, assessments.get(to)!];
    if (earlier.forceId === null || earlier.forceId !== later.forceId) {
      throw badUserInput('to', `is an assessment of ${later.forceId ?? 'no force'}, not of ${earlier.forceId ?? 'a force'} as \`from\` is: a diff compares one force's assessments`);
    }
    const themes = result.fragment.entities.filter((entity) => entity.kind === 'THEME');
    const changes = diffFindings(
      result.findings.filter((finding) => finding.assessmentId === from),
      result.findings.filter((finding) => finding.assessmentId === to),
      themeGroups(themes),
    );
    const lists = Object.values(changes);
    const truncated = lists.some((list) => list.length > diffListLimit);
    const shown = lists.flatMap((list) => list.slice(0, diffListLimit));
    const findings = await findingRecords(
      graph,
      shown.flatMap((change) => [change.before, change.after].flatMap((side) => (side ? [side.id] : []))),
      wantsFindingDetails(info),
    );
    const side = (finding: ThemedFinding | null) =>
      finding && {
        finding: findings.get(finding.id)!,
        quote: finding.quote,
        sentence: finding.sentenceText,
        sentenceNumber: finding.sentence,
        judgement: finding.judgement!,
      };
    const entries = (list: FindingChange[]) =>
      list.slice(0, diffListLimit).map((change) => ({ theme: cached(graph, change.themeId), type: change.type, before: side(change.before), after: side(change.after) }));
    return {
      from: earlier satisfies AssessmentRecord,
      to: later,
      new: entries(changes.new),
      resolved: entries(changes.resolved),
      persisting: entries(changes.persisting),
      worse: entries(changes.worse),
      disappeared: entries(changes.disappeared),
      truncated,
    };
  },
};
