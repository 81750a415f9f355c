// The workshop-snapshot file format, without zod: the preload (which may only require
// 'electron') and the IPC channel limits import these constants and types too.
import type { Participant } from '../domain/participant';
import type { Round } from '../domain/round';
import type { Vote } from '../domain/vote';
import type { Placement, Workshop } from '../domain/workshop';
import type { SnapshotProblem } from './snapshotProblem';

/** The `format` tag every snapshot file starts with; anything else is not ours. */
export const SNAPSHOT_FORMAT = 'klimatverkstad-backup';

/**
 * The snapshot layout this version writes. Raise it with every layout change, and add the step
 * from the previous layout to `migrateSnapshot.ts`: every file the app ever wrote must restore.
 * 1: workshops and placements. 2: workshops gain a setup; participants, rounds and votes.
 */
export const SNAPSHOT_SCHEMA_VERSION = 2;

/** Largest snapshot accepted, in UTF-8 bytes: checked before anything is parsed. */
export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;

/**
 * Deepest bracket nesting accepted. A valid snapshot nests 6 deep (root, list, workshop, setup,
 * groups, group); the margin leaves room for later versions without inviting stack exhaustion.
 */
export const MAX_SNAPSHOT_DEPTH = 32;

/** The records of a snapshot: every store of the database except the settings. */
export type SnapshotRecords = {
  workshops: Workshop[];
  placements: Placement[];
  participants: Participant[];
  rounds: Round[];
  votes: Vote[];
};

/** Every workshop and everything in it on this machine at one moment, as written to a file. */
export type Snapshot = {
  format: typeof SNAPSHOT_FORMAT;
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  /** When the snapshot was taken, ISO 8601 in UTC. */
  createdAt: string;
} & SnapshotRecords;

/** Why a text is not a snapshot this version can restore. */
export type SnapshotFailureReason =
  'too-large' | 'not-json' | 'too-deep' | 'wrong-format' | 'newer-version' | 'invalid';

/**
 * A refused file says why (`reason`), where, for support (`detail`, e.g.
 * `placements[3].position.x: too_big`), and, for an invalid one, what is wrong in terms a
 * screen can put into plain words (`problem`).
 */
export type ParseSnapshotResult =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; reason: SnapshotFailureReason; detail?: string; problem?: SnapshotProblem };

/**
 * Highest round number in a file: far beyond any Delphi workshop (two to four rounds). Here,
 * not beside the schemas, so the automatic backup can check rounds without loading zod.
 */
export const MAX_ROUND_NUMBER = 1000;
