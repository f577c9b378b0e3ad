import { rate, type Figure } from './measure.js';

/** A measured figure set against its baseline: how much of the raw rate the service keeps. */
export interface Comparison {
  readonly section: string;
  readonly measured: Figure;
  readonly baseline: Figure;
}

/** A section that could not be measured in this run, and why. */
export interface SkippedFigure {
  readonly section: string;
  readonly label: string;
  readonly reason: string;
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const threeDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const threeSignificant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const twoSignificant = new Intl.NumberFormat('en-GB', { minimumSignificantDigits: 2, maximumSignificantDigits: 2 });

/** A rate as a whole number, or to three significant figures below 100 (1.83 requests/s, not 2). */
export function rateText(figure: Figure): string {
  const value = rate(figure);
  return `${value >= 100 ? integer.format(value) : threeSignificant.format(value)} ${figure.unit}/s`;
}

/** A ratio to two decimals, or to two significant figures below 0.1 (0.0030, not 0.00). */
export function ratioText(ratio: number): string {
  return ratio >= 0.1 || ratio === 0 ? twoDecimals.format(ratio) : twoSignificant.format(ratio);
}

function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/**
 * The figures side by side, each baseline before what is set against it: every measurement with
 * its count, time and rate, then each ratio
 * (measured rate / baseline rate; 1.00 would mean no cost over the baseline).
 */
export function formatReport(comparisons: readonly Comparison[], skipped: readonly SkippedFigure[]): string {
  const figures = comparisons.flatMap((comparison) => [
    [comparison.section, comparison.baseline],
    [comparison.section, comparison.measured],
  ] as const);
  const seen = new Set<Figure>();
  const rows = figures
    .filter(([, figure]) => !seen.has(figure) && seen.add(figure))
    .map(([section, figure]) => [section, figure.label, integer.format(figure.count), threeDecimals.format(figure.seconds), rateText(figure)]);
  const ratios = comparisons.map((comparison) => {
    const ratio = rate(comparison.measured) / rate(comparison.baseline);
    return [comparison.section, `${comparison.measured.label} / ${comparison.baseline.label}`, ratioText(ratio)];
  });
  return [
    ...table(['', 'Measurement', 'Count', 'Seconds', 'Rate'], rows, new Set([2, 3, 4])),
    ...skipped.map((skip) => `${skip.section}  ${skip.label}: skipped, ${skip.reason}`),
    '',
    ...table(['', 'Ratio (measured rate / baseline rate)', 'Ratio'], ratios, new Set([2])),
    '',
  ].join('\n');
}
