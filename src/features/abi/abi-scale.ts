/**
 * Where an ABI sits on the result's scale graphic, and where the graphic's labels go. The scale
 * is drawn in 4 bands, not to one linear measure: the borderline band is only 0.09 wide, and
 * drawn to scale it would be too thin to see or tap on a phone, and its numbers (0.90, 1.00)
 * would run into each other. Within each band the position is linear.
 *
 * The graphic's text keeps its size on every screen (it is not scaled with the picture), so the
 * labels above the bar are placed for the picture's width: see placeMarkerLabels.
 */
import { abiBandLimits, type AbiBand } from './abi.ts';

export interface ScaleBand {
  band: AbiBand;
  /** Index range covered; boundaries sit halfway between the rounded values (0.90 | 0.91). */
  from: number;
  to: number;
  /** Share of the scale's width, 0 to 1. */
  start: number;
  end: number;
}

/** Values above this are drawn at the right-hand end. */
export const SCALE_TOP = 1.8;

/** Halfway between a band's last rounded value and the next one's first (0.90 | 0.91 -> 0.905). */
const edge = (lastHundredths: number) => (lastHundredths + 0.5) / 100;
const { abnormalMax, borderlineMax, normalMax } = abiBandLimits;

export const scaleBands: readonly ScaleBand[] = [
  { band: 'abnormal', from: 0, to: edge(abnormalMax), start: 0, end: 0.42 },
  { band: 'borderline', from: edge(abnormalMax), to: edge(borderlineMax), start: 0.42, end: 0.6 },
  { band: 'normal', from: edge(borderlineMax), to: edge(normalMax), start: 0.6, end: 0.84 },
  { band: 'noncompressible', from: edge(normalMax), to: SCALE_TOP, start: 0.84, end: 1 },
];

/** Labelled marks under the scale: the values that start and end the bands. */
export const scaleTicks: readonly number[] = [abnormalMax / 100, (borderlineMax + 1) / 100, normalMax / 100];

/** Position of an index along the scale, 0 (left) to 1 (right). */
export function scalePosition(index: number): number {
  const value = Math.min(Math.max(index, 0), SCALE_TOP);
  const band = scaleBands.find((b) => value <= b.to) ?? scaleBands[scaleBands.length - 1]!;
  return band.start + ((value - band.from) / (band.to - band.from)) * (band.end - band.start);
}

/**
 * A generous width for a label in bold digits and letters, in ems: wide fonts (DejaVu Sans,
 * Verdana) run to about 0.6 em a character.
 */
export const labelWidthEm = (text: string): number => text.length * 0.62;

/** How a label sits against its marker line: centred over it, or beside it like a flag. */
export type LabelAnchor = 'middle' | 'start' | 'end';

export interface MarkerLabel {
  /** Position along the scale, 0 to 1 (scalePosition). */
  position: number;
  /** The label's width in px. */
  width: number;
}

export interface LabelPlacement {
  /** 0 is the row just above the bar; a marker in row 1 has its line pass through row 0. */
  row: 0 | 1;
  anchor: LabelAnchor;
}

/** Space, in px, between a flag's text and its marker line. */
export const FLAG_GAP = 6;
/** Space kept between two labels in one row. */
const LABEL_GAP = 10;
/** Space kept between a label and another marker's line running past it. */
const LINE_CLEARANCE = 6;

/** The left and right edges, in px, of a label placed with an anchor. */
export function labelExtent(label: MarkerLabel, anchor: LabelAnchor, chartWidth: number): [number, number] {
  const x = label.position * chartWidth;
  if (anchor === 'middle') return [x - label.width / 2, x + label.width / 2];
  if (anchor === 'start') return [x + FLAG_GAP, x + FLAG_GAP + label.width];
  return [x - FLAG_GAP - label.width, x - FLAG_GAP];
}

const anchors: readonly LabelAnchor[] = ['middle', 'end', 'start'];

/**
 * Whether a placement works at this width. Labels keep the order of their markers, and a label
 * passed by another marker's line stays on its own marker's side of it: then every gap grows with
 * the width, and a placement that works at one width works at any wider one.
 */
function fits(labels: readonly MarkerLabel[], placements: readonly LabelPlacement[], width: number): boolean {
  const extents = labels.map((label, i) => labelExtent(label, placements[i]!.anchor, width));
  if (extents.some(([from, to]) => from < 0 || to > width)) return false;
  for (let i = 0; i < labels.length; i++) {
    for (let j = 0; j < labels.length; j++) {
      if (i === j) continue;
      const [a, b] = [placements[i]!, placements[j]!];
      const [from, to] = extents[i]!;
      const [pi, pj] = [labels[i]!.position, labels[j]!.position];
      if (a.row === b.row) {
        // Label i comes first when its marker does (either, for markers at the same place).
        const [otherFrom] = extents[j]!;
        const firstOk = pi <= pj && to + LABEL_GAP <= otherFrom;
        const [, otherTo] = extents[j]!;
        const secondOk = pj <= pi && otherTo + LABEL_GAP <= from;
        if (i < j && !firstOk && !secondOk) return false;
      } else if (a.row < b.row) {
        // Label i sits in the row that marker j's line runs through on its way to the bar.
        const line = pj * width;
        const leftOk = pi <= pj && to + LINE_CLEARANCE <= line;
        const rightOk = pj <= pi && line + LINE_CLEARANCE <= from;
        if (!leftOk && !rightOk) return false;
      }
    }
  }
  return true;
}

/**
 * Rows and anchors for the markers' labels so that no label runs off the picture, over another
 * label or across another marker's line, at the given width (px) and at any wider one: every
 * gap grows with the width. Fewest rows first, then labels centred over their markers.
 */
export function placeMarkerLabels(labels: readonly MarkerLabel[], chartWidth: number): LabelPlacement[] {
  const options: LabelPlacement[] = [];
  for (const row of [0, 1] as const) for (const anchor of anchors) options.push({ row, anchor });
  let best: { placements: LabelPlacement[]; cost: number } | null = null;
  const search = (chosen: LabelPlacement[]) => {
    if (chosen.length === labels.length) {
      if (!fits(labels, chosen, chartWidth)) return;
      const rows = Math.max(0, ...chosen.map((p) => p.row)) + 1;
      const cost = rows * 100 + chosen.filter((p) => p.anchor !== 'middle').length;
      if (!best || cost < best.cost) best = { placements: [...chosen], cost };
      return;
    }
    for (const option of options) search([...chosen, option]);
  };
  search([]);
  if (best) return (best as { placements: LabelPlacement[] }).placements;
  // Narrower than any layout allows: a row each, each label turned towards the wider side.
  return labels.map((label, i): LabelPlacement => ({
    row: i === 0 ? 0 : 1,
    anchor: label.position < 0.5 ? 'start' : 'end',
  }));
}
