import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { BENCH_OUT } from './browser/build';
import { buildReport, markdownTable, type Report } from './report';
import { clearGroups, GROUPS, readGroups } from './results';

const resultsDir = resolve(import.meta.dirname, 'results');
const latestJson = resolve(resultsDir, 'latest.json');

async function readPrevious(): Promise<Report | null> {
  try {
    return JSON.parse(await readFile(latestJson, 'utf8')) as Report;
  } catch {
    return null;
  }
}

function commit(): string {
  try {
    // "-dirty": measured on uncommitted changes.
    return execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Before the bench files: forget figures a previous, interrupted run left behind. */
export async function setup() {
  await clearGroups();
}

/**
 * After them: one report against the previous run's figures. bench/results/latest.* are only
 * replaced by a complete run, so a partial run (one file, or a failure) never becomes the
 * baseline of the next; its table goes to out/bench/partial.md.
 */
export async function teardown() {
  const groups = await readGroups();
  const environment = {
    commit: commit(),
    Node: process.version,
    cores: String(cpus().length),
    ...Object.assign({}, ...groups.map((group) => group.environment ?? {})),
  };
  const report = buildReport(
    groups.flatMap((group) => group.figures),
    await readPrevious(),
    environment,
    new Date().toISOString(),
  );
  const table = markdownTable(report);
  console.log(`\n${table}`);
  const complete = GROUPS.every((name) =>
    groups.some((group) => group.group === name && group.figures.length === group.expected),
  );
  if (!complete) {
    await mkdir(BENCH_OUT, { recursive: true });
    await writeFile(resolve(BENCH_OUT, 'partial.md'), table);
    console.log(
      'Partial run: bench/results/latest.* left as they were (see out/bench/partial.md).',
    );
    return;
  }
  await mkdir(resultsDir, { recursive: true });
  const options = { ...(await resolveConfig(latestJson)), filepath: latestJson };
  await writeFile(latestJson, await format(JSON.stringify(report), options));
  await writeFile(resolve(resultsDir, 'latest.md'), table);
  console.log('Wrote bench/results/latest.json and latest.md.');
}
