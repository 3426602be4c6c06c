// The requests each operation cycles through at scale: entities of every kind, drawn the same way on every run.
import {
  neighbourhoodOperation,
  partnerInvolvementOperation,
  reportGraphOperation,
  searchOperation,
  shortestPathOperation,
} from './operations.ts';
import { sampleIds, type SyntheticGraph } from './synthetic-graph.ts';
import type { Workload } from './steps/api-vs-driver.ts';

/** Words an analyst would type, all of which occur in the synthetic reports. */
const searchTexts = [
  'domestic abuse',
  'county lines',
  'vetting',
  'fraud',
  'neighbourhood policing',
  'mental health',
  'exploitation',
  'knife crime',
  'wellbeing',
  'stalking',
  'rural areas',
  'young people',
  'custody',
  'cyber',
];

export function scaleWorkloads(graph: SyntheticGraph, count: number): Workload[] {
  const ids = sampleIds(graph, 1);
  // What a user clicks: forces and their partners most, shared themes and risks (hubs among them) often too.
  const anyEntity = () => {
    const roll = ids.random();
    if (roll < 0.3) return ids.force();
    if (roll < 0.5) return ids.forcePartner();
    if (roll < 0.6) return ids.namedPartner();
    if (roll < 0.75) return ids.theme();
    if (roll < 0.85) return ids.risk();
    if (roll < 0.9) return ids.victimGroup();
    return ids.community();
  };
  const times = <T>(make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
  const neighbourhood = times(() => ({ id: anyEntity(), limit: 100 }));
  return [
    { operation: neighbourhoodOperation(1), variables: neighbourhood },
    { operation: neighbourhoodOperation(2), variables: neighbourhood },
    { operation: searchOperation, variables: times((i) => ({ text: searchTexts[i % searchTexts.length]!, first: 20 })) },
    {
      operation: shortestPathOperation,
      variables: times((i) => (i % 2 === 0 ? { from: ids.forcePartner(), to: ids.risk() } : { from: anyEntity(), to: anyEntity() })),
    },
    { operation: partnerInvolvementOperation, variables: times(() => ({ partnerId: ids.random() < 0.7 ? ids.forcePartner() : ids.namedPartner() })) },
    { operation: reportGraphOperation, variables: times(() => ({ sources: [ids.source()] })) },
  ];
}

/** Forces to put to both GraphQL servers in the @neo4j/graphql comparison. */
export function scaleForces(graph: SyntheticGraph, count: number): string[] {
  const ids = sampleIds(graph, 2);
  return Array.from({ length: count }, () => ids.force());
}
