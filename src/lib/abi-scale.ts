/**
 * Where an ABI sits on the result's scale graphic. The scale is drawn in 4 bands, not to one
 * linear measure: the borderline band is only 0.09 wide, and drawn to scale it would be too thin
 * to see or tap on a phone. Within each band the position is linear.
 */
import type { AbiBand } from './abi.ts';

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

export const scaleBands: readonly ScaleBand[] = [
  { band: 'abnormal', from: 0, to: 0.905, start: 0, end: 0.46 },
  { band: 'borderline', from: 0.905, to: 0.995, start: 0.46, end: 0.6 },
  { band: 'normal', from: 0.995, to: 1.405, start: 0.6, end: 0.86 },
  { band: 'noncompressible', from: 1.405, to: SCALE_TOP, start: 0.86, end: 1 },
];

/** Labelled marks under the scale: the values that start and end the bands. */
export const scaleTicks: readonly number[] = [0.9, 1.0, 1.4];

/** Position of an index along the scale, 0 (left) to 1 (right). */
export function scalePosition(index: number): number {
  const value = Math.min(Math.max(index, 0), SCALE_TOP);
  const band = scaleBands.find((b) => value <= b.to) ?? scaleBands[scaleBands.length - 1]!;
  return band.start + ((value - band.from) / (band.to - band.from)) * (band.end - band.start);
}
