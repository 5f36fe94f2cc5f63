/**
 * The result at a glance: the 4 guideline bands as a bar, each leg's ABI marked on it, and a
 * legend in HTML. Colours come from CSS classes (no inline styles under the site's CSP) and the
 * meaning is also in words, so the graphic works in greyscale print and for colour-blind readers.
 */
import type { LegResult } from '../../../lib/abi.ts';
import { scaleBands, scalePosition, scaleTicks } from '../../../lib/abi-scale.ts';
import { bandLabel, bandOrder, bandRange, formatIndex, legName } from '../../../lib/abi-wording.ts';

const WIDTH = 320;
const LEFT = 10;
const RIGHT = WIDTH - 10;
const BAR_TOP = 44;
const BAR_HEIGHT = 28;
const FONT = 16;
/** About half the width of "Right 0.85" at 16 units; keeps labels inside the picture. */
const HALF_LABEL = 44;

const x = (index: number) => LEFT + scalePosition(index) * (RIGHT - LEFT);

function Marker({ leg, above }: { leg: LegResult; above: boolean }) {
  const at = x(leg.index);
  const barBottom = BAR_TOP + BAR_HEIGHT;
  const tip = above ? BAR_TOP - 2 : barBottom + 2;
  const base = above ? tip - 12 : tip + 12;
  const textY = above ? 22 : barBottom + 36;
  const anchor = at < LEFT + HALF_LABEL ? 'start' : at > RIGHT - HALF_LABEL ? 'end' : 'middle';
  const textX = anchor === 'start' ? LEFT : anchor === 'end' ? RIGHT : at;
  return (
    <g className="abi-scale-marker">
      <line x1={at} x2={at} y1={BAR_TOP - 2} y2={barBottom + 2} strokeWidth={8} className="abi-scale-marker-halo" />
      <line x1={at} x2={at} y1={BAR_TOP - 2} y2={barBottom + 2} strokeWidth={4} className="abi-scale-marker-line" />
      <path d={`M${at - 8} ${base} L${at + 8} ${base} L${at} ${tip} Z`} className="abi-scale-marker-head" />
      <text x={textX} y={textY} textAnchor={anchor} fontSize={FONT} fontWeight={700} className="abi-scale-text">
        {legName(leg).replace(' leg', '')} {formatIndex(leg.index)}
      </text>
    </g>
  );
}

export function AbiScale({ legs }: { legs: LegResult[] }) {
  const right = legs.find((leg) => leg.side === 'right');
  const left = legs.find((leg) => leg.side === 'left');
  const tickY = BAR_TOP + BAR_HEIGHT + (left ? 66 : 24);
  const description = legs
    .map(
      (leg) =>
        `${legName(leg)}: ${formatIndex(leg.index)}, ${bandLabel[leg.band].toLowerCase()} (${bandRange[leg.band]}).`,
    )
    .join(' ');
  return (
    <figure className="abi-scale print-whole">
      <svg
        viewBox={`0 0 ${WIDTH} ${tickY + 6}`}
        role="img"
        aria-labelledby="abi-scale-title"
        className="abi-scale-svg"
        focusable="false"
      >
        <title id="abi-scale-title">{`ABI scale with the guideline bands. ${description}`}</title>
        {scaleBands.map((band) => (
          <rect
            key={band.band}
            x={LEFT + band.start * (RIGHT - LEFT)}
            width={(band.end - band.start) * (RIGHT - LEFT)}
            y={BAR_TOP}
            height={BAR_HEIGHT}
            className={`abi-scale-band abi-band-fill-${band.band}`}
          />
        ))}
        {scaleTicks.map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={BAR_TOP + BAR_HEIGHT}
              y2={BAR_TOP + BAR_HEIGHT + 6}
              strokeWidth={2}
              className="abi-scale-tick"
            />
            <text x={x(tick)} y={tickY} textAnchor="middle" fontSize={FONT - 2} className="abi-scale-text">
              {formatIndex(tick)}
            </text>
          </g>
        ))}
        {right && <Marker leg={right} above />}
        {left && <Marker leg={left} above={false} />}
      </svg>
      <figcaption>
        <ul className="abi-legend">
          {bandOrder.map((band) => (
            <li key={band}>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                <rect width="20" height="20" className={`abi-band-fill-${band}`} />
              </svg>
              <span>
                <strong>{bandLabel[band]}</strong>: {bandRange[band]}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
