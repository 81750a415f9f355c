import type { z } from '../zod';
import { nestsDeeperThan, utf8ByteLength } from './jsonGuards';
import { migrateSnapshot } from './migrateSnapshot';
import { copySnapshot } from './snapshotRecords';
import {
  MAX_SNAPSHOT_BYTES,
  MAX_SNAPSHOT_DEPTH,
  SNAPSHOT_FORMAT,
  type ParseSnapshotResult,
} from './snapshotFormat';
import { problemOf } from './snapshotProblem';
import { snapshotSchema } from './snapshotSchema';

const MAX_DETAIL_LENGTH = 200;

/**
 * Reads a snapshot file's text. Every check a hostile or damaged file could need, cheapest
 * first: size (before parsing), BOM, nesting depth, JSON syntax (NaN and trailing garbage are
 * syntax errors), `format`, a newer or impossible `schemaVersion`, then an older file is lifted
 * to the current layout and the strict schema judges it. The snapshot returned is built from
 * allow-listed fields only, never from the parsed objects themselves.
 */
export function parseSnapshot(text: string): ParseSnapshotResult {
  // A UTF-16 code unit is at least one UTF-8 byte, so the cheap length test comes first.
  if (text.length > MAX_SNAPSHOT_BYTES || utf8ByteLength(text) > MAX_SNAPSHOT_BYTES) {
    return { ok: false, reason: 'too-large' };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (nestsDeeperThan(body, MAX_SNAPSHOT_DEPTH)) return { ok: false, reason: 'too-deep' };

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT) {
    return { ok: false, reason: 'wrong-format' };
  }
  // Before the strict schema: a newer file may well have keys this version does not know.
  const migrated = migrateSnapshot(data);
  if (!migrated.ok && migrated.reason === 'invalid') {
    return { ...migrated, problem: { kind: 'bad-version', record: 'file' } };
  }
  if (!migrated.ok) return migrated;
  const parsed = snapshotSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      reason: 'invalid',
      detail: describe(parsed.error),
      ...(issue && { problem: problemOf(issue, migrated.data) }),
    };
  }
  return { ok: true, snapshot: copySnapshot(parsed.data) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where the first problem is, e.g. `placements[3].position.x: too_big`, for support. */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const path = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`
      : issue.code === 'custom' || issue.code === 'invalid_union'
        ? issue.message
        : issue.code;
  return `${path || '(file)'}: ${what}`.slice(0, MAX_DETAIL_LENGTH);
}
