// How kinds and judgements look: Okabe–Ito colours (safe for colour-blind readers) paired with distinct shapes.
import type { EntityKind, Judgement, RelationshipType } from './model.ts';

/** Cytoscape node shapes used by the stylesheet and drawn again, as SVG, in the legend. */
export type NodeShape = 'round-rectangle' | 'diamond' | 'ellipse' | 'hexagon' | 'round-triangle' | 'triangle' | 'rhomboid' | 'round-octagon';

export interface KindLook {
  colour: string;
  /** Border colour, dark enough to outline the light fills against white. */
  border: string;
  shape: NodeShape;
  size: number;
}

export const kindLooks: Record<EntityKind, KindLook> = {
  FORCE: { colour: '#0072B2', border: '#00446b', shape: 'round-rectangle', size: 46 },
  INSPECTOR: { colour: '#7f7f7f', border: '#4d4d4d', shape: 'diamond', size: 34 },
  THEME: { colour: '#56B4E9', border: '#2a7fae', shape: 'ellipse', size: 28 },
  PARTNER: { colour: '#009E73', border: '#006349', shape: 'hexagon', size: 38 },
  VICTIM_GROUP: { colour: '#CC79A7', border: '#8f4872', shape: 'round-triangle', size: 32 },
  RISK: { colour: '#1a1a1a', border: '#000000', shape: 'triangle', size: 32 },
  POWER: { colour: '#F0E442', border: '#8c8420', shape: 'rhomboid', size: 32 },
  COMMUNITY: { colour: '#E69F00', border: '#8f6300', shape: 'round-octagon', size: 34 },
};

export interface JudgementLook {
  colour: string;
  width: number;
  dashed: boolean;
}

/** Vermillion and dashes are kept for findings that need action, so they stand out from the praise. */
export const judgementLooks: Record<Judgement, JudgementLook> = {
  STRENGTH: { colour: '#8795a3', width: 1.6, dashed: false },
  IMPROVED: { colour: '#009E73', width: 2.4, dashed: false },
  AREA_FOR_IMPROVEMENT: { colour: '#D55E00', width: 3.6, dashed: true },
  CAUSE_OF_CONCERN: { colour: '#a3001b', width: 4.6, dashed: true },
};

export const unjudgedLook: JudgementLook = { colour: '#8795a3', width: 1.6, dashed: false };

/** The arrowhead tells the family of a relationship apart when colours cannot (RESTRICTS ends in a bar). */
export const typeArrows: Record<RelationshipType, 'triangle' | 'tee' | 'diamond' | 'circle' | 'vee'> = {
  ASSESSES: 'diamond',
  HAS_STRENGTH: 'triangle',
  IMPROVED: 'triangle',
  NEEDS_IMPROVEMENT: 'triangle',
  SAFEGUARDS: 'circle',
  WORKS_WITH: 'vee',
  SUPPORTS: 'vee',
  INFORMS: 'vee',
  TACKLES: 'vee',
  FACES: 'triangle',
  THREATENS: 'triangle',
  USES: 'triangle',
  RESTRICTS: 'tee',
  ENGAGES: 'circle',
};

/** Highlight colours for the explorer's own marks (selection, path, trace), apart from the data colours. */
export const markColours = {
  selection: '#1f1f1f',
  path: '#0072B2',
  trace: '#009E73',
  focus: '#6a3d9a',
};
