/** Plain-text tables for a terminal: columns padded to their widest cell. Pure. */

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    columns
      .map((c, i) =>
        c.align === 'right' ? (cells[i] ?? '').padStart(widths[i]!) : (cells[i] ?? '').padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join(
    '\n',
  );
}

/** "pass" when the figure is within its target, "OVER" (loud on purpose) when not. */
export function marker(pass: boolean): string {
  return pass ? 'pass' : 'OVER';
}
