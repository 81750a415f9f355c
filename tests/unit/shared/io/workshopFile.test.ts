import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import {
  createWorkshopFile,
  serializeWorkshopFile,
  WORKSHOP_FILE_FORMAT,
  type WorkshopFile,
} from '../../../../shared/io/workshopFileFormat';
import { parseWorkshopFile } from '../../../../shared/io/workshopFileParse';
import { item, snapshotOf, type Json } from './snapshotFixtures';

const records = snapshotOf(2);
const file = (kind: WorkshopFile['kind'] = 'workshop') =>
  createWorkshopFile(records, kind, Date.UTC(2026, 11, 2, 9));
const text = (kind?: WorkshopFile['kind']) => serializeWorkshopFile(file(kind));

/** The file's text after `change` broke its JSON data. */
function broken(change: (data: Json) => void): string {
  const data = JSON.parse(text()) as Json;
  change(data);
  return JSON.stringify(data);
}

describe('serializeWorkshopFile', () => {
  it('frames the records with format, kind and the layout version, in a fixed key order', () => {
    const data = JSON.parse(text('all')) as Json;
    expect(Object.keys(data)).toEqual([
      'format',
      'kind',
      'schemaVersion',
      'createdAt',
      'workshops',
      'placements',
      'participants',
      'rounds',
      'votes',
    ]);
    expect(data).toMatchObject({
      format: WORKSHOP_FILE_FORMAT,
      kind: 'all',
      schemaVersion: 2,
      createdAt: '2026-12-02T09:00:00.000Z',
    });
  });

  it('gives identical text for the same records in any order', () => {
    const shuffled = {
      ...records,
      placements: [...records.placements].reverse(),
      votes: [...records.votes].reverse(),
    };
    const again = createWorkshopFile(shuffled, 'workshop', Date.UTC(2026, 11, 2, 9));
    expect(serializeWorkshopFile(again)).toBe(text());
  });
});

describe('parseWorkshopFile', () => {
  it('reads back exactly what was written, and writing it again gives the same text', () => {
    const result = parseWorkshopFile(text());
    expect(result).toEqual({ ok: true, file: file(), backup: false });
    if (result.ok) expect(serializeWorkshopFile(result.file)).toBe(text());
  });

  it('accepts a byte order mark', () => {
    expect(parseWorkshopFile(`\uFEFF${text()}`).ok).toBe(true);
  });

  it('reads a backup file as every workshop of its machine', () => {
    const result = parseWorkshopFile(serializeSnapshot(records));
    expect(result).toMatchObject({ ok: true, backup: true, file: { kind: 'all' } });
    if (result.ok) expect(result.file.votes).toEqual(records.votes);
  });

  it('lifts a file of the first layout (no setups, no voices) before judging it', () => {
    const v1 = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
    const data = JSON.parse(v1) as Json;
    const asWorkshopFile = JSON.stringify({ ...data, format: WORKSHOP_FILE_FORMAT, kind: 'all' });
    const result = parseWorkshopFile(asWorkshopFile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.workshops.length).toBeGreaterThan(0);
    expect(result.file.workshops.every((w) => w.setup.groups.length === 4)).toBe(true);
    expect(result.file.participants).toEqual([]);
  });

  it.each([
    ['over the size cap', ' '.repeat(20 * 1024 * 1024 + 1), 'too-large'],
    ['not JSON', '{"format":', 'not-json'],
    ['trailing garbage', `${text()}x`, 'not-json'],
    ['NaN', text().replace('"schemaVersion": 2', '"schemaVersion": NaN'), 'not-json'],
    ['nested a thousand deep', '['.repeat(1000), 'too-deep'],
    ['another format', '{"format":"excalidraw"}', 'wrong-format'],
    ['a list', '[]', 'wrong-format'],
    ['newer', broken((d) => (d.schemaVersion = 3)), 'newer-version'],
  ])('refuses a file that is %s', (_label, input, reason) => {
    expect(parseWorkshopFile(input)).toMatchObject({ ok: false, reason });
  });

  it.each([
    ['an unknown kind', (d: Json) => (d.kind = 'some'), { kind: 'bad-value', record: 'file' }],
    ['no kind', (d: Json) => delete d.kind, { kind: 'bad-value', record: 'file' }],
    ['a broken version', (d: Json) => (d.schemaVersion = 1.5), { kind: 'bad-version' }],
    [
      'an unknown key in a workshop',
      (d: Json) => (item(d, 'workshops').hack = true),
      { kind: 'unknown-field', record: 'workshop', workshopTitle: 'Workshop w0' },
    ],
    [
      'an unknown key in the frame',
      (d: Json) => (d.extra = 1),
      { kind: 'unknown-field', record: 'file' },
    ],
    [
      'a vote of nobody',
      (d: Json) => (item(d, 'votes').participantId = 'ghost'),
      { kind: 'unknown-participant', record: 'vote' },
    ],
    [
      'a placement off the matrix',
      (d: Json) => ((item(d, 'placements').position as Json).x = 2),
      { kind: 'outside-matrix', record: 'placement' },
    ],
  ])('says what is wrong with %s', (_label, change, problem) => {
    expect(parseWorkshopFile(broken(change))).toMatchObject({
      ok: false,
      reason: 'invalid',
      problem,
    });
  });

  it('builds records from known fields only: no prototype pollution', () => {
    const hostile = text().replace(
      '"title": "Workshop w0"',
      '"__proto__": {"x": 1}, "title": "Workshop w0"',
    );
    expect(parseWorkshopFile(hostile)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(({} as Json).x).toBeUndefined();
  });
});
