/**
 * The result at a glance: the 4 guideline bands as a bar, each leg's ABI marked above it, the
 * band limits (0.90, 1.00, 1.40) under their ticks, and a legend in HTML. The picture is not
 * scaled to fit (no viewBox): its text keeps the page's text size on every screen, and positions
 * along the bar are percentages of its width. Which row and side each leg's label takes is worked
 * out for the width the picture has (abi-scale.ts), and holds at any wider one, such as
 * the printed page.
 *
 * Colours come from CSS classes (no inline styles under the site's CSP). On paper the bands are
 * patterns and carry their names, and the meaning is also in words, so the graphic works in
 * black and white and for colour-blind readers.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { LegResult } from './abi.ts';
import {
  FLAG_GAP,
  labelWidthEm,
  placeMarkerLabels,
  scaleBands,
  scalePosition,
  scaleTicks,
  type LabelPlacement,
} from './abi-scale.ts';
import { abiUi, bandLabel, bandOrder, bandRange, formatIndex, legName, scaleBandNameLines } from './wording.en.ts';

/** About the narrowest the picture gets (a 320px phone); used until the real width is known. */
const NARROWEST = 260;
/** The page's text size in px (18px unless the reader has changed it). */
const DEFAULT_EM = 18;
const BAR_HEIGHT = 32;
const HEAD = 10;
const TICK = 8;

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;
const markerText = (leg: LegResult) => `${legName(leg).replace(' leg', '')} ${formatIndex(leg.index)}`;

/**
 * Labels are placed for this width at most. A placement holds at any wider picture, and the
 * printed picture (A4 or US Letter) is always wider than this, so a wide screen's placement
 * still fits on paper.
 */
const WIDEST_LAYOUT = 500;

let canvas: HTMLCanvasElement | undefined;

/** A label's width in px, as the browser draws it; a generous estimate if it cannot say. */
function textWidth(text: string, font: number, family: string): number {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context || !family) return labelWidthEm(text) * font;
  context.font = `700 ${font}px ${family}`;
  return Math.ceil(context.measureText(text).width) + 2;
}

/** The picture's width, the page's text size and font, followed as the window or text changes. */
function useChartMetrics() {
  const ref = useRef<SVGSVGElement>(null);
  const [metrics, setMetrics] = useState({ width: NARROWEST, em: DEFAULT_EM, family: '' });
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const measure = () => {
      const measured = svg.getBoundingClientRect().width;
      const em = parseFloat(getComputedStyle(document.documentElement).fontSize) || DEFAULT_EM;
      const family = getComputedStyle(svg).fontFamily;
      const width = measured > 0 ? Math.min(measured, WIDEST_LAYOUT) : NARROWEST;
      setMetrics((m) => (m.width === width && m.em === em && m.family === family ? m : { width, em, family }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  return { ref, ...metrics };
}

interface MarkerProps {
  leg: LegResult;
  placement: LabelPlacement;
  rows: number;
  font: number;
  rowHeight: number;
  barTop: number;
}

function Marker({ leg, placement, rows, font, rowHeight, barTop }: MarkerProps) {
  const rowTop = (rows - 1 - placement.row) * rowHeight;
  const barBottom = barTop + BAR_HEIGHT;
  const tip = barTop - 2;
  // A centred label has its line start under it; a flag's line runs up beside the text.
  const lineTop = placement.anchor === 'middle' ? rowTop + rowHeight : rowTop + 4;
  const textX = placement.anchor === 'start' ? FLAG_GAP : placement.anchor === 'end' ? -FLAG_GAP : 0;
  return (
    <svg x={percent(scalePosition(leg.index))} y={0} overflow="visible" className="abi-scale-marker">
      <line x1={0} x2={0} y1={tip} y2={barBottom + 2} strokeWidth={8} className="abi-scale-marker-halo" />
      <line x1={0} x2={0} y1={lineTop} y2={barBottom + 2} strokeWidth={4} className="abi-scale-marker-line" />
      <path d={`M-9 ${tip - HEAD} L9 ${tip - HEAD} L0 ${tip} Z`} className="abi-scale-marker-head" />
      <text
        x={textX}
        y={rowTop + Math.round(font * 0.95)}
        textAnchor={placement.anchor}
        fontSize={font}
        fontWeight={700}
        className="abi-scale-text abi-scale-label"
      >
        {markerText(leg)}
      </text>
    </svg>
  );
}

/** Fills for paper, where band colours turn into similar greys: one pattern a band. */
function PrintPatterns() {
  return (
    <defs>
      <pattern id="abi-pattern-abnormal" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#333" />
      </pattern>
      <pattern
        id="abi-pattern-borderline"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill="#fff" />
        <rect width="3" height="8" fill="#000" />
      </pattern>
      <pattern id="abi-pattern-normal" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
      </pattern>
      <pattern id="abi-pattern-noncompressible" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#fff" />
        <circle cx="4" cy="4" r="1.8" fill="#000" />
      </pattern>
    </defs>
  );
}

export function AbiScale({ legs }: { legs: LegResult[] }) {
  const { ref, width, em, family } = useChartMetrics();
  const font = Math.max(16, em);
  const rowHeight = Math.round(font * 1.35);
  // Right leg first, as in the words above the picture.
  const shown = [...legs].sort((a, b) => (a.side === b.side ? 0 : a.side === 'right' ? -1 : 1));
  const placements = placeMarkerLabels(
    shown.map((leg) => ({ position: scalePosition(leg.index), width: textWidth(markerText(leg), font, family) })),
    width,
  );
  const rows = Math.max(0, ...placements.map((p) => p.row)) + 1;
  const barTop = rows * rowHeight + HEAD + 4;
  const barBottom = barTop + BAR_HEIGHT;
  const tickTextY = barBottom + TICK + Math.round(font * 0.95);
  const height = tickTextY + Math.round(font * 0.35);
  // Band names are printed in their band, which on paper is at least 100px wide.
  const nameFont = 16;
  const nameLine = Math.round(nameFont * 1.25);

  const description = legs
    .map(
      (leg) =>
        `${legName(leg)}: ${formatIndex(leg.index)}, ${bandLabel[leg.band].toLowerCase()} (${bandRange[leg.band]}).`,
    )
    .join(' ');
  return (
    <figure className="abi-scale print-whole">
      <div className="abi-scale-chart">
        <svg
          ref={ref}
          width="100%"
          height={height}
          role="img"
          aria-labelledby="abi-scale-title"
          className="abi-scale-svg"
          focusable="false"
          overflow="visible"
        >
          <title id="abi-scale-title">{abiUi.scaleTitle(description)}</title>
          <PrintPatterns />
          {scaleBands.map((band) => (
            <rect
              key={band.band}
              x={percent(band.start)}
              width={percent(band.end - band.start)}
              y={barTop}
              height={BAR_HEIGHT}
              className={`abi-scale-band abi-band-fill-${band.band}`}
            />
          ))}
          <rect x={0} y={barTop} width="100%" height={BAR_HEIGHT} className="abi-scale-outline" fill="none" />
          {scaleTicks.map((tick) => (
            <g key={tick}>
              <line
                x1={percent(scalePosition(tick))}
                x2={percent(scalePosition(tick))}
                y1={barTop}
                y2={barBottom + TICK}
                strokeWidth={2}
                className="abi-scale-tick"
              />
              <text
                x={percent(scalePosition(tick))}
                y={tickTextY}
                textAnchor="middle"
                fontSize={font}
                className="abi-scale-text abi-scale-number"
              >
                {formatIndex(tick)}
              </text>
            </g>
          ))}
          {shown.map((leg, i) => (
            <Marker
              key={leg.side}
              leg={leg}
              placement={placements[i]!}
              rows={rows}
              font={font}
              rowHeight={rowHeight}
              barTop={barTop}
            />
          ))}
        </svg>
        {/* On paper only: each band's name under its part of the bar (the legend says the same). */}
        <svg width="100%" height={nameLine * 2 + 4} className="abi-scale-names" aria-hidden="true" focusable="false">
          {scaleBands.map((band) => (
            <text
              key={band.band}
              x={percent((band.start + band.end) / 2)}
              y={nameLine - 4}
              textAnchor="middle"
              fontSize={nameFont}
              fontWeight={700}
              className="abi-scale-text abi-scale-band-name"
            >
              {scaleBandNameLines[band.band].map((line, i) => (
                <tspan key={line} x={percent((band.start + band.end) / 2)} dy={i === 0 ? 0 : nameLine}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </svg>
      </div>
      <figcaption>
        <ul className="abi-legend">
          {bandOrder.map((band) => (
            <li key={band}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="22" height="22" className={`abi-legend-swatch abi-band-fill-${band}`} />
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
