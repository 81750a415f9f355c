import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BENCH_OUT } from './browser/build';

/** What a figure is judged against: a budget, or a baseline measured in the same run. */
export type Against = { kind: 'budget' | 'baseline'; label: string; value: number };

export type Figure = {
  /** Stable across runs: the next run compares against the figure with the same id. */
  id: string;
  label: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | '%' | 'renders';
  against: Against | null;
  /** A few words beside the figure in the table (e.g. how many frames went over a budget). */
  note?: string;
  /** Samples and side figures, kept in the JSON only. */
  details?: Record<string, unknown>;
};

/** One bench file's figures, written where the global teardown collects them. */
export type FigureGroup = {
  group: string;
  figures: Figure[];
  /** How many figures a full run of the file yields; fewer means a case failed. */
  expected: number;
  environment?: Record<string, string>;
};

/** Every group a full run produces, in the order the table lists them. */
export const GROUPS = ['board', 'pooled', 'startup', 'plan', 'session'] as const;

const groupsDir = resolve(BENCH_OUT, 'figures');

export async function recordFigures(group: FigureGroup): Promise<void> {
  await mkdir(groupsDir, { recursive: true });
  await writeFile(resolve(groupsDir, `${group.group}.json`), JSON.stringify(group));
}

export async function readGroups(): Promise<FigureGroup[]> {
  const files = await readdir(groupsDir).catch(() => []);
  const groups = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(resolve(groupsDir, file), 'utf8'))),
  );
  return (groups as FigureGroup[]).sort(
    (a, b) =>
      GROUPS.indexOf(a.group as (typeof GROUPS)[number]) -
      GROUPS.indexOf(b.group as (typeof GROUPS)[number]),
  );
}

export const clearGroups = () => rm(groupsDir, { recursive: true, force: true });
