// Every operation the explorer sends, with realistic variables: the queries the API limits must let through.
import {
  assessmentReportQuery,
  assessmentsQuery,
  compareQuery,
  forcesQuery,
  graphQuery,
  neighbourhoodQuery,
  partnerInvolvementQuery,
  searchQuery,
  shortestPathQuery,
  sourcesQuery,
  statsQuery,
} from '../../client/src/api.ts';

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export const explorerOperations: Operation[] = [
  { name: 'graph', query: graphQuery, variables: {} },
  { name: 'graph of a report', query: graphQuery, variables: { sources: ['cheshire-peel-assessment'] } },
  { name: 'graph filtered', query: graphQuery, variables: { kinds: ['FORCE', 'PARTNER'], types: ['WORKS_WITH'], judgements: ['STRENGTH'] } },
  { name: 'neighbourhood', query: neighbourhoodQuery, variables: { id: 'cheshire-constabulary', limit: 100 } },
  { name: 'search', query: searchQuery, variables: { text: 'domestic abuse', first: 8 } },
  { name: 'shortestPath', query: shortestPathQuery, variables: { from: 'cheshire-partner-organisations', to: 'vetting' } },
  { name: 'partnerInvolvement', query: partnerInvolvementQuery, variables: { partnerId: 'cheshire-other-agencies' } },
  { name: 'sources', query: sourcesQuery, variables: { first: 1 } },
  { name: 'stats', query: statsQuery, variables: {} },
  { name: 'assessments', query: assessmentsQuery, variables: { force: null, year: null, kind: null, first: 50, after: null } },
  { name: 'assessment report', query: assessmentReportQuery, variables: { id: 'cheshire-peel-assessment' } },
  { name: 'forces', query: forcesQuery, variables: { first: 500, after: null } },
  { name: 'compare', query: compareQuery, variables: { forces: ['cheshire-constabulary'], themes: null } },
];
