import type { Figure } from './results';

/** A figure of this run beside the same figure of the previous run, with both ratios. */
export type ReportedFigure = Figure & {
  ratio: number | null;
  previous: number | null;
  ratioToPrevious: number | null;
};

export type Report = {
  measuredAt: string;
  environment: Record<string, string>;
  /** Which run the "previous" figures come from. */
  previousRun: { measuredAt: string; commit: string } | null;
  figures: ReportedFigure[];
};

const ratioOf = (value: number, reference: number | null | undefined) =>
  reference === null || reference === undefined || reference === 0 || !Number.isFinite(value)
    ? null
    : Number((value / reference).toFixed(2));

/** Joins this run's figures with the previous run's (matched by id). */
export function buildReport(
  figures: readonly Figure[],
  previous: Report | null,
  environment: Record<string, string>,
  measuredAt: string,
): Report {
  const before = new Map(previous?.figures.map((figure) => [figure.id, figure.value]));
  return {
    measuredAt,
    environment,
    previousRun: previous
      ? { measuredAt: previous.measuredAt, commit: previous.environment.commit ?? 'unknown' }
      : null,
    figures: figures.map((figure) => {
      const last = before.get(figure.id) ?? null;
      return {
        ...figure,
        ratio: ratioOf(figure.value, figure.against?.value),
        previous: last,
        ratioToPrevious: ratioOf(figure.value, last),
      };
    }),
  };
}

const amount = (value: number | null, unit: Figure['unit']) => {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'renders') return String(Math.round(value));
  return `${value.toFixed(1)} ${unit}`;
};
const times = (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)} ×`);

/** The table for the README: one row per figure. */
export function markdownTable(report: Report): string {
  const env = Object.entries(report.environment)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  const rows = report.figures.map((figure) =>
    [
      figure.label,
      amount(figure.value, figure.unit),
      figure.against
        ? `${amount(figure.against.value, figure.unit)} (${figure.against.label})`
        : '—',
      times(figure.ratio),
      amount(figure.previous, figure.unit),
      times(figure.ratioToPrevious),
      (figure.note ?? '').replaceAll('|', '\\|'),
    ].join(' | '),
  );
  const previous = report.previousRun
    ? ` Previous run: ${report.previousRun.measuredAt.slice(0, 16).replace('T', ' ')} UTC, commit ${report.previousRun.commit}.`
    : '';
  return [
    `Measured ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC (${env}).${previous}`,
    '',
    '| Figure | This run | Budget or baseline | Ratio | Previous run | Ratio to previous | Note |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}
