import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSetup } from '../../../../shared/domain/workshop';
import { MIGRATIONS, migrateSnapshot } from '../../../../shared/io/migrateSnapshot';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../../shared/io/snapshotFormat';
import { item, type Json } from './snapshotFixtures';

// A backup file exactly as the version 1 app wrote it (its serializeSnapshot, byte for byte).
// Never edit: every file the app ever wrote must still restore.
const V1_TEXT = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
const v1 = (): Json => JSON.parse(V1_TEXT) as Json;
const v1With = (change: (data: Json) => void): string => {
  const data = v1();
  change(data);
  return JSON.stringify(data);
};

function parsedV1() {
  const result = parseSnapshot(V1_TEXT);
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.snapshot;
}

/** Freezes `value` and everything in it, so any write to the input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('a version 1 backup file', () => {
  it('is the file the v1 app wrote: version 1, no setups, no voices', () => {
    const data = v1();
    expect(data.schemaVersion).toBe(1);
    expect(Object.keys(data)).toEqual([
      'format',
      'schemaVersion',
      'createdAt',
      'workshops',
      'placements',
    ]);
    expect(item(data, 'workshops')).not.toHaveProperty('setup');
  });

  it('restores as version 2 with every workshop and placement kept, field by field', () => {
    const data = v1();
    const snapshot = parsedV1();
    expect(snapshot.schemaVersion).toBe(2);
    expect(snapshot.createdAt).toBe(data.createdAt);
    expect(snapshot.workshops).toEqual(
      (data.workshops as Json[]).map((w) => ({ ...w, setup: defaultSetup() })),
    );
    expect(snapshot.placements).toEqual(data.placements);
    expect(snapshot.placements.map((p) => p.position.x)).toContain(0.30000000000000004);
    expect(snapshot.participants).toEqual([]);
    expect(snapshot.rounds).toEqual([]);
    expect(snapshot.votes).toEqual([]);
  });

  it('is written back as a version 2 file that then round-trips byte for byte', () => {
    const v2Text = serializeSnapshot(parsedV1());
    expect(v2Text).toContain('"schemaVersion": 2,');
    const again = parseSnapshot(v2Text);
    if (!again.ok) throw new Error(again.reason);
    expect(again.snapshot).toEqual(parsedV1());
    expect(serializeSnapshot(again.snapshot)).toBe(v2Text);
  });

  it('keeps a setup a v1 file already has, and the strict parse still judges it', () => {
    const setup = {
      groups: [{ id: 'companies', name: 'Bolag' }],
      anonymous: true,
      consensusShare: 1,
    };
    const kept = parseSnapshot(v1With((d) => (item(d, 'workshops').setup = setup)));
    expect(kept.ok && kept.snapshot.workshops[0]?.setup).toEqual(setup);
    const bad = v1With((d) => (item(d, 'workshops').setup = { ...setup, consensusShare: 2 }));
    expect(parseSnapshot(bad)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'workshops[0].setup.consensusShare: too_big',
    });
  });

  it('lets no unknown key slip through the migration', () => {
    const cases: ReadonlyArray<[(d: Json) => void, string]> = [
      [(d) => (d.extra = 1), '(file): unknown key "extra"'],
      [(d) => (item(d, 'workshops').notes = 'x'), 'workshops[0]: unknown key "notes"'],
      [(d) => (item(d, 'placements').z = 0), 'placements[0]: unknown key "z"'],
      [(d) => (d.participants = 'none'), 'participants: invalid_type'],
      [(d) => (d.votes = [{ hack: true }]), 'votes[0].workshopId: invalid_type'],
      [(d) => (d.workshops = {}), 'workshops: invalid_type'],
      [(d) => ((d.workshops as unknown[])[0] = 'w'), 'workshops[0]: invalid_type'],
    ];
    for (const [change, detail] of cases) {
      expect(parseSnapshot(v1With(change))).toMatchObject({ ok: false, reason: 'invalid', detail });
    }
  });

  it('with prototype keys is refused without polluting anything', () => {
    const hostile = [
      V1_TEXT.replace('"format":', '"__proto__": {"x": 1}, "format":'),
      V1_TEXT.replace('"title":', '"__proto__": {"x": 1}, "title":'),
      V1_TEXT.replace('"title":', '"constructor": {"prototype": {"x": 1}}, "title":'),
      V1_TEXT.replace('"position": {', '"position": {"__proto__": {"x": 1},'),
    ];
    for (const input of hostile) {
      expect(input).not.toBe(V1_TEXT);
      expect(parseSnapshot(input)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(({} as Json).x).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('x');
    }
  });
});

describe('migrateSnapshot', () => {
  it('has a step from every version the app ever wrote to the current one', () => {
    expect(MIGRATIONS).toHaveLength(SNAPSHOT_SCHEMA_VERSION - 1);
  });

  it('does not modify its input', () => {
    const input = deepFreeze(v1());
    const result = migrateSnapshot(input);
    expect(result.ok && result.data.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(input).toEqual(v1());
  });

  it('gives each workshop its own setup, not one shared object', () => {
    const result = migrateSnapshot(v1());
    if (!result.ok) throw new Error(result.reason);
    const [a, b] = result.data.workshops as Json[];
    expect(a?.setup).toEqual(defaultSetup());
    expect(a?.setup).not.toBe(b?.setup);
  });

  it('leaves a current file as it is', () => {
    const data = { format: 'klimatverkstad-backup', schemaVersion: 2, workshops: 'judged later' };
    expect(migrateSnapshot(data)).toEqual({ ok: true, data });
  });

  it.each([
    [3, 'newer-version', '3'],
    [1e300, 'newer-version', '1e+300'],
    [0, 'invalid', 'schemaVersion: expected a whole number from 1'],
    [-1, 'invalid', 'schemaVersion: expected a whole number from 1'],
    [1.5, 'invalid', 'schemaVersion: expected a whole number from 1'],
    ['1', 'invalid', 'schemaVersion: expected a whole number from 1'],
    [null, 'invalid', 'schemaVersion: expected a whole number from 1'],
    [undefined, 'invalid', 'schemaVersion: expected a whole number from 1'],
  ])('version %j → %s', (schemaVersion, reason, detail) => {
    const text = v1With((d) => (d.schemaVersion = schemaVersion));
    expect(parseSnapshot(text)).toMatchObject({ ok: false, reason, detail });
  });

  it('refuses a newer file before looking at anything else in it', () => {
    const newer = JSON.stringify({
      format: 'klimatverkstad-backup',
      schemaVersion: 3,
      workshops: 'a shape this version does not know',
      sessions: [],
    });
    expect(parseSnapshot(newer)).toEqual({ ok: false, reason: 'newer-version', detail: '3' });
  });
});
