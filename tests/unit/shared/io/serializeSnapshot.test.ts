import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import {
  createSnapshot,
  sameSnapshotContent,
  serializeSnapshot,
} from '../../../../shared/io/serializeSnapshot';
import { placement, snapshotOf, workshop } from './snapshotFixtures';

const text = (value: unknown) => JSON.stringify(value);
const valid = snapshotOf(2);

describe('the parsed snapshot', () => {
  it('is built from fresh plain records, not the parsed objects', () => {
    const result = parseSnapshot(text(valid));
    if (!result.ok) throw new Error(result.reason);
    const [w] = result.snapshot.workshops;
    expect(Object.getPrototypeOf(w)).toBe(Object.prototype);
    expect(Object.keys(w ?? {})).toEqual([
      'id',
      'title',
      'organisation',
      'date',
      'createdAt',
      'updatedAt',
    ]);
  });
});

describe('serializeSnapshot', () => {
  it('is pretty, ends with a newline and does not depend on record or key order', () => {
    const shuffled = {
      placements: [...valid.placements].reverse(),
      workshops: [...valid.workshops].reverse(),
      createdAt: valid.createdAt,
      schemaVersion: valid.schemaVersion,
      format: valid.format,
    };
    const out = serializeSnapshot(valid);
    expect(serializeSnapshot(shuffled)).toBe(out);
    expect(out.startsWith('{\n  "format": "klimatverkstad-backup",\n  "schemaVersion": 1,')).toBe(
      true,
    );
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('round-trips: serialize → parse → serialize gives the same text', () => {
    const once = serializeSnapshot(snapshotOf(5));
    const parsed = parseSnapshot(once);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(serializeSnapshot(parsed.snapshot)).toBe(once);
  });

  it('createSnapshot orders records by id and stamps the time', () => {
    const snapshot = createSnapshot(
      [workshop('b'), workshop('a')],
      [placement('b', 'z'), placement('a', 'y'), placement('a', 'x')],
      Date.UTC(2026, 0, 2),
    );
    expect(snapshot.createdAt).toBe('2026-01-02T00:00:00.000Z');
    expect(snapshot.workshops.map((w) => w.id)).toEqual(['a', 'b']);
    expect(snapshot.placements.map((p) => p.modelId)).toEqual(['x', 'y', 'z']);
  });

  it('sameSnapshotContent ignores only the time', () => {
    expect(sameSnapshotContent(snapshotOf(2, '2020-01-01T00:00:00Z'), snapshotOf(2))).toBe(true);
    expect(sameSnapshotContent(snapshotOf(2), snapshotOf(3))).toBe(false);
  });
});
