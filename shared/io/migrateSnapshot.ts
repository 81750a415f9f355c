// Lifts a snapshot file of any version the app ever wrote to the current layout, before the
// strict parse (as Excalidraw's restore.ts does): the schema then knows only one version, and
// every old file is judged by it. A step only adds what the newer layout requires; it never
// drops or renames a key it does not know, so a hand-edited file is still refused afterwards.
import { defaultSetup } from '../domain/workshop';
import { SNAPSHOT_SCHEMA_VERSION } from './snapshotFormat';

type Data = Record<string, unknown>;

export type MigrateResult =
  { ok: true; data: Data } | { ok: false; reason: 'newer-version' | 'invalid'; detail: string };

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds `key` with `value` only where the file has none: what is there is the parse's to judge. */
function withDefault(record: Data, key: string, value: () => unknown): Data {
  return Object.hasOwn(record, key) ? record : { ...record, [key]: value() };
}

/** 1 → 2: workshops gain a setup (the one every older workshop has); three new stores. */
function toVersion2(data: Data): Data {
  // Anything but a list stays as it is, and the strict parse says what is wrong with it.
  const workshops = Array.isArray(data.workshops)
    ? data.workshops.map((w: unknown) => (isRecord(w) ? withDefault(w, 'setup', defaultSetup) : w))
    : data.workshops;
  let lifted: Data = { ...data, schemaVersion: 2, workshops };
  for (const store of ['participants', 'rounds', 'votes']) {
    lifted = withDefault(lifted, store, () => []);
  }
  return lifted;
}

/** MIGRATIONS[n - 1] lifts a file of version n to version n + 1. */
export const MIGRATIONS: ReadonlyArray<(data: Data) => Data> = [toVersion2];

/**
 * `data` (a parsed file whose `format` is ours) in the current layout. A newer version is
 * refused before anything else, since its keys may mean things this version does not know; a
 * version that is not a whole number from 1 up was never written by the app. The result is
 * fresh objects wherever a step changed something: the input is not modified.
 */
export function migrateSnapshot(data: Data): MigrateResult {
  const version = data.schemaVersion;
  if (typeof version === 'number' && version > SNAPSHOT_SCHEMA_VERSION) {
    return { ok: false, reason: 'newer-version', detail: String(version) };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      reason: 'invalid',
      detail: 'schemaVersion: expected a whole number from 1',
    };
  }
  let lifted = data;
  for (let from = version; from < SNAPSHOT_SCHEMA_VERSION; from++) {
    const step = MIGRATIONS[from - 1];
    if (!step) throw new Error(`No migration from snapshot version ${from}`);
    lifted = step(lifted);
  }
  return { ok: true, data: lifted };
}
