import { describe, expect, it } from 'vitest';
import {
  labelExtent,
  placeMarkerLabels,
  scalePosition,
  scaleTicks,
  type LabelPlacement,
  type MarkerLabel,
} from './abi-scale.ts';

/** "Right 0.90" and "Left 1.08" in bold 18px are about 105 and 91px wide. */
const label = (index: number, width = 105): MarkerLabel => ({ position: scalePosition(index), width });

/** No label off the picture, over another label in its row, or across a line running past it. */
function clear(labels: MarkerLabel[], placements: LabelPlacement[], width: number): boolean {
  const extents = labels.map((l, i) => labelExtent(l, placements[i]!.anchor, width));
  if (extents.some(([from, to]) => from < 0 || to > width)) return false;
  return labels.every((_, i) =>
    labels.every((other, j) => {
      if (i === j) return true;
      const [from, to] = extents[i]!;
      if (placements[i]!.row === placements[j]!.row) {
        const [otherFrom, otherTo] = extents[j]!;
        return to <= otherFrom || otherTo <= from;
      }
      const line = other.position * width;
      return placements[i]!.row > placements[j]!.row || to <= line || line <= from;
    }),
  );
}

describe('placeMarkerLabels', () => {
  it('centres a single label over its marker when it fits, and turns it inwards at the ends', () => {
    expect(placeMarkerLabels([label(1.08)], 268)).toEqual([{ row: 0, anchor: 'middle' }]);
    expect(placeMarkerLabels([label(0.1)], 268)).toEqual([{ row: 0, anchor: 'start' }]);
    expect(placeMarkerLabels([label(1.75)], 268)).toEqual([{ row: 0, anchor: 'end' }]);
  });

  it('keeps 2 labels in one row where there is room, and uses a second row where there is not', () => {
    const labels = [label(0.9), label(1.08, 91)];
    expect(placeMarkerLabels(labels, 350).every((p) => p.row === 0)).toBe(true);
    expect(Math.max(...placeMarkerLabels(labels, 240).map((p) => p.row))).toBe(1);
  });

  it('never lets labels collide, from a 260px phone to the printed page, whatever the readings', () => {
    const indexes = [0, 0.2, 0.5, 0.85, 0.9, 0.95, 0.97, 1.0, 1.08, 1.2, 1.4, 1.5, 1.8, 2.5];
    for (const right of indexes)
      for (const left of indexes)
        for (const width of [260, 300, 390, 500]) {
          const labels = [label(right), label(left, 91)];
          const placements = placeMarkerLabels(labels, width);
          // A placement made for this width also holds on anything wider.
          for (const wider of [width, width + 40, 680])
            expect(clear(labels, placements, wider), `${right} and ${left} at ${width}px, drawn at ${wider}px`).toBe(
              true,
            );
        }
  });
});

describe('scale ticks', () => {
  it('leave room between 0.90 and 1.00 for their numbers on a phone', () => {
    const [a, b] = scaleTicks.map(scalePosition);
    // 0.90 and 1.00 at 18px are about 40px wide each: their centres need more than that between them.
    expect((b! - a!) * 260).toBeGreaterThan(46);
  });
});
