// The layouts one click away, and the options that make each suit a graph of findings around a force.
import type { LayoutOptions } from 'cytoscape';
import { isLargeView, largeViewElements } from './large-view.ts';

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

/** One seed for every layout: the same graph is drawn the same way for everyone who opens the same link. */
export const layoutSeed = 4;

/**
 * `roots` are where the tree layout starts: the forces, whose findings hang below them. `elementCount` is the size of
 * what is laid out: a large view gets fcose's spectral draft alone, without animation, as its refinement passes
 * run at least five iterations per node whatever `numIter` says and take tens of seconds past a few thousand elements.
 * The draft puts nodes at their hop distance times `nodeSeparation`, and a graph of thousands of elements is only a
 * few hops across, so the separation grows with the square root of the size: at 5,000 elements the drawing then fits
 * at about a quarter zoom, nodes apart, instead of piled up at full zoom.
 */
export function layoutOptions(name: LayoutName, { animate = false, roots = [] as string[], elementCount = 0 } = {}): LayoutOptions {
  const large = isLargeView(elementCount);
  const common = { fit: true, padding: 40, animate: animate && !large, animationDuration: 350 };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        // In a graph with cycles, node boxes that take in wrapped labels keep jostling until fcose's cooling freezes
        // them: `proof` cools over 1,500 to 2,400 iterations, `default` over 600 to 700, and the drawings `default`
        // freezes have as few label overlaps, node overlaps and edge crossings.
        quality: large ? 'draft' : 'default',
        randomize: true,
        // A large view holds no labels until the user zooms in (client/src/large-view-labels.ts): none to make room for.
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => 6000,
        // Edges whose labels show at overview zoom (everything but praise) get room for them.
        idealEdgeLength: (edge: { hasClass(name: string): boolean }) => (edge.hasClass('judgement-strength') ? 75 : 125),
        edgeElasticity: () => 0.35,
        nodeSeparation: large ? 140 * Math.sqrt(elementCount / largeViewElements) : 70,
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
