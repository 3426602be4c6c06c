// The layouts one click away, and the options that make each suit a graph of findings around a force.
import type { LayoutOptions } from 'cytoscape';

export const layoutNames = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const layoutLabels: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  breadthfirst: 'Tree',
  grid: 'Grid',
};

export function isLayoutName(value: string | null): value is LayoutName {
  return value !== null && (layoutNames as readonly string[]).includes(value);
}

/** `roots` are where the tree layout starts: the forces, whose findings hang below them. */
export function layoutOptions(name: LayoutName, { animate = false, roots = [] as string[] } = {}): LayoutOptions {
  const common = { fit: true, padding: 40, animate, animationDuration: 350 };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 6000,
        // Edges whose labels show at overview zoom (everything but praise) get room for them.
        idealEdgeLength: (edge: { hasClass(name: string): boolean }) => (edge.hasClass('judgement-strength') ? 75 : 125),
        edgeElasticity: () => 0.35,
        nodeSeparation: 70,
        numIter: 2500,
      } as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
        levelWidth: () => 3,
        minNodeSpacing: 30,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'breadthfirst':
      return { ...common, name: 'breadthfirst', directed: true, spacingFactor: 1.15, avoidOverlap: true, roots: roots.map((id) => `[id = ${JSON.stringify(id)}]`).join(', ') || undefined } as LayoutOptions;
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, avoidOverlapPadding: 20, sort: (a: { data(k: string): string }, b: { data(k: string): string }) => a.data('kind').localeCompare(b.data('kind')) || a.data('label').localeCompare(b.data('label')) } as LayoutOptions;
  }
}
