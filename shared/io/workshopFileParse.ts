import type { z } from '../zod';
import { nestsDeeperThan, utf8ByteLength } from './jsonGuards';
import { migrateSnapshot } from './migrateSnapshot';
import { copySnapshot } from './snapshotRecords';
import {
  MAX_SNAPSHOT_BYTES,
  MAX_SNAPSHOT_DEPTH,
  SNAPSHOT_FORMAT,
  type SnapshotFailureReason,
} from './snapshotFormat';
import { problemOf, type SnapshotProblem } from './snapshotProblem';
import { snapshotSchema } from './snapshotSchema';
import {
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_SCHEMA_VERSION,
  isWorkshopFileKind,
  type WorkshopFile,
} from './workshopFileFormat';

/** Largest workshop file accepted, in UTF-8 bytes: a backup's cap, checked before parsing. */
export const MAX_WORKSHOP_FILE_BYTES = MAX_SNAPSHOT_BYTES;

/**
 * A file read for import: a workshop file, or a backup file (every workshop of a machine, so
 * `kind: 'all'`), which imports the same way. A refused file says why, as a backup does.
 */
export type ParseWorkshopFileResult =
  | { ok: true; file: WorkshopFile; backup: boolean }
  | { ok: false; reason: SnapshotFailureReason; detail?: string; problem?: SnapshotProblem };

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAX_DETAIL_LENGTH = 200;

/** Where the first problem is, e.g. `votes[3].round: unknown round`, for support. */
function detailOf(issue: z.ZodError['issues'][number]): string {
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

/**
 * Reads a workshop file's (or a backup file's) text with every check a backup gets, cheapest
 * first: size before parsing, BOM, nesting depth, JSON syntax, `format`, a newer or impossible
 * `schemaVersion`, the `kind`; then an older layout is lifted by the backup's migrations and
 * the backup's strict schema judges the records (unknown keys, links between records, text
 * rules). What is returned is built from allow-listed fields only.
 */
export function parseWorkshopFile(text: string): ParseWorkshopFileResult {
  if (text.length > MAX_WORKSHOP_FILE_BYTES || utf8ByteLength(text) > MAX_WORKSHOP_FILE_BYTES) {
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
  if (!isRecord(data)) return { ok: false, reason: 'wrong-format' };
  const backup = data.format === SNAPSHOT_FORMAT;
  if (!backup && data.format !== WORKSHOP_FILE_FORMAT) return { ok: false, reason: 'wrong-format' };

  const migrated = migrateSnapshot(data);
  if (!migrated.ok && migrated.reason === 'invalid') {
    return { ...migrated, problem: { kind: 'bad-version', record: 'file' } };
  }
  if (!migrated.ok) return migrated;

  // The frame is checked here; the records go to the backup's schema under the backup's tag.
  const { kind, ...rest } = migrated.data;
  if (!backup && !isWorkshopFileKind(kind)) {
    const detail = 'kind: expected "workshop" or "all"';
    return { ok: false, reason: 'invalid', detail, problem: { kind: 'bad-value', record: 'file' } };
  }
  const records = backup ? migrated.data : { ...rest, format: SNAPSHOT_FORMAT };
  const parsed = snapshotSchema.safeParse(records);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      reason: 'invalid',
      ...(issue && { detail: detailOf(issue), problem: problemOf(issue, records) }),
    };
  }
  const clean = copySnapshot(parsed.data);
  const file: WorkshopFile = {
    format: WORKSHOP_FILE_FORMAT,
    kind: isWorkshopFileKind(kind) ? kind : 'all',
    schemaVersion: WORKSHOP_FILE_SCHEMA_VERSION,
    createdAt: clean.createdAt,
    workshops: clean.workshops,
    placements: clean.placements,
    participants: clean.participants,
    rounds: clean.rounds,
    votes: clean.votes,
  };
  return { ok: true, file, backup };
}
