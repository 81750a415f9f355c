import { copySnapshot } from './snapshotRecords';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  type SnapshotRecords,
} from './snapshotFormat';

// Code-unit order, not localeCompare: the same bytes on every machine and in every language.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A fresh copy with records in a fixed order, each store by its key: workshops by id,
 * placements by workshop and model, participants by workshop and id, rounds by workshop and
 * number, votes by workshop, round, participant and model.
 */
function canonical(snapshot: Snapshot): Snapshot {
  const copy = copySnapshot(snapshot);
  copy.workshops.sort((a, b) => compare(a.id, b.id));
  copy.placements.sort(
    (a, b) => compare(a.workshopId, b.workshopId) || compare(a.modelId, b.modelId),
  );
  copy.participants.sort((a, b) => compare(a.workshopId, b.workshopId) || compare(a.id, b.id));
  copy.rounds.sort((a, b) => compare(a.workshopId, b.workshopId) || a.number - b.number);
  copy.votes.sort(
    (a, b) =>
      compare(a.workshopId, b.workshopId) ||
      a.round - b.round ||
      compare(a.participantId, b.participantId) ||
      compare(a.modelId, b.modelId),
  );
  return copy;
}

/** A snapshot of `records` (every store but the settings) taken at `createdAt` (ms since 1970). */
export function createSnapshot(records: SnapshotRecords, createdAt: number): Snapshot {
  return canonical({
    format: SNAPSHOT_FORMAT,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    createdAt: new Date(createdAt).toISOString(),
    workshops: records.workshops,
    placements: records.placements,
    participants: records.participants,
    rounds: records.rounds,
    votes: records.votes,
  });
}

/**
 * The file text of a snapshot: pretty JSON (two-space indent, trailing newline), keys and
 * records in a fixed order, so equal data always gives byte-identical files and readable diffs.
 */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(canonical(snapshot), null, 2)}\n`;
}

/** Whether two snapshots hold the same records, whenever they were taken. */
export function sameSnapshotContent(a: Snapshot, b: Snapshot): boolean {
  return serializeSnapshot({ ...a, createdAt: '' }) === serializeSnapshot({ ...b, createdAt: '' });
}
