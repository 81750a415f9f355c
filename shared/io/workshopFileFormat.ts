// The workshop file: chosen workshops (or all of them) with everything in them, to move to
// another machine or share. Its records are those of a backup snapshot, judged by the same
// strict schemas and lifted by the same migrations; only the frame differs (`format`, `kind`),
// and an import adds workshops beside the ones there instead of replacing them. Zod-free.
import { createSnapshot } from './serializeSnapshot';
import { SNAPSHOT_SCHEMA_VERSION, type SnapshotRecords } from './snapshotFormat';

/** The `format` tag of a workshop file; a backup file says `klimatverkstad-backup`. */
export const WORKSHOP_FILE_FORMAT = 'klimatverkstad-workshops';

/**
 * What a workshop file holds: `workshop` the workshops someone picked (one or several), `all`
 * every workshop of the machine it came from.
 */
export const WORKSHOP_FILE_KINDS = ['workshop', 'all'] as const;
export type WorkshopFileKind = (typeof WORKSHOP_FILE_KINDS)[number];

/**
 * The record layout of a workshop file. It is the backup's layout version on purpose: one
 * number, one chain of migrations (`migrateSnapshot.ts`), so every layout either kind of file
 * was ever written in is lifted the same way before the strict parse.
 */
export const WORKSHOP_FILE_SCHEMA_VERSION = SNAPSHOT_SCHEMA_VERSION;

export type WorkshopFile = {
  format: typeof WORKSHOP_FILE_FORMAT;
  kind: WorkshopFileKind;
  schemaVersion: typeof WORKSHOP_FILE_SCHEMA_VERSION;
  /** When the file was written, ISO 8601 in UTC. */
  createdAt: string;
} & SnapshotRecords;

/** Whether a value read from a file is one of the kinds this version writes. */
export function isWorkshopFileKind(value: unknown): value is WorkshopFileKind {
  return WORKSHOP_FILE_KINDS.some((kind) => kind === value);
}

/**
 * A workshop file of `records` written at `createdAt` (ms since 1970): fresh records with only
 * the known fields, each store in key order (the backup's canonical order), so equal data
 * always gives byte-identical files.
 */
export function createWorkshopFile(
  records: SnapshotRecords,
  kind: WorkshopFileKind,
  createdAt: number,
): WorkshopFile {
  const canonical = createSnapshot(records, createdAt);
  return {
    format: WORKSHOP_FILE_FORMAT,
    kind,
    schemaVersion: WORKSHOP_FILE_SCHEMA_VERSION,
    createdAt: canonical.createdAt,
    workshops: canonical.workshops,
    placements: canonical.placements,
    participants: canonical.participants,
    rounds: canonical.rounds,
    votes: canonical.votes,
  };
}

/** The file text: pretty JSON (two-space indent, trailing newline) in a fixed key order. */
export function serializeWorkshopFile(file: WorkshopFile): string {
  const { format, kind, schemaVersion, createdAt } = file;
  // Only for the canonical order of the records; the file keeps its own time.
  const records = createSnapshot(file, 0);
  const ordered = {
    format,
    kind,
    schemaVersion,
    createdAt,
    workshops: records.workshops,
    placements: records.placements,
    participants: records.participants,
    rounds: records.rounds,
    votes: records.votes,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
