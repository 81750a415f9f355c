import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { MAX_SNAPSHOT_BYTES } from '../../../../shared/io/snapshotFormat';
import { item, placement, snapshotOf, textWith, workshop, type Json } from './snapshotFixtures';

const text = (value: unknown) => JSON.stringify(value);
const valid = snapshotOf(2);

/** `valid` with one change, as file text. */
const withChange = (change: (data: Json) => void): string => textWith(valid, change);
const first = (data: Json, list: 'workshops' | 'placements') => item(data, list);

describe('parseSnapshot accepts', () => {
  it('a valid snapshot, equal to what was written', () => {
    expect(parseSnapshot(serializeSnapshot(valid))).toEqual({ ok: true, snapshot: valid });
  });

  it('a file starting with a byte order mark', () => {
    expect(parseSnapshot(`\uFEFF${serializeSnapshot(valid)}`).ok).toBe(true);
  });

  it('an empty snapshot and the matrix corners', () => {
    expect(parseSnapshot(text(snapshotOf(0))).ok).toBe(true);
    const corners = withChange((data) => {
      data.placements = [placement('w0', 'a', 0, 0), placement('w0', 'b', 1, 1)];
    });
    expect(parseSnapshot(corners).ok).toBe(true);
  });
});

describe('parseSnapshot refuses, with a reason for each', () => {
  const cases: ReadonlyArray<[string, string, string]> = [
    ['nothing', '', 'not-json'],
    ['plain text', 'hello', 'not-json'],
    ['NaN', '{"format":"klimatverkstad-backup","schemaVersion":NaN}', 'not-json'],
    ['trailing garbage', `${serializeSnapshot(valid)}x`, 'not-json'],
    ['two documents', `${text(valid)}${text(valid)}`, 'not-json'],
    ['a cut-off file', serializeSnapshot(valid).slice(0, 200), 'not-json'],
    ['deep arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep'],
    ['deep objects', `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`, 'too-deep'],
    ['an array', '[]', 'wrong-format'],
    ['null', 'null', 'wrong-format'],
    ['a string', '"klimatverkstad-backup"', 'wrong-format'],
    ['no format', withChange((d) => delete d.format), 'wrong-format'],
    ['another format', withChange((d) => (d.format = 'excalidraw')), 'wrong-format'],
    ['a newer version', withChange((d) => (d.schemaVersion = 3)), 'newer-version'],
    ['version 0', withChange((d) => (d.schemaVersion = 0)), 'invalid'],
    ['a version string', withChange((d) => (d.schemaVersion = '2')), 'invalid'],
    ['an unknown top-level key', withChange((d) => (d.extra = 1)), 'invalid'],
    ['an unknown workshop key', withChange((d) => (first(d, 'workshops').notes = 'x')), 'invalid'],
    [
      'a constructor key',
      text(valid).replace('"title":', '"constructor":{"prototype":{"x":1}},"title":'),
      'invalid',
    ],
    ['a prototype key', withChange((d) => (first(d, 'placements').prototype = {})), 'invalid'],
    [
      'x above 1',
      withChange((d) => (first(d, 'placements').position = { x: 1.01, y: 0 })),
      'invalid',
    ],
    [
      'y below 0',
      withChange((d) => (first(d, 'placements').position = { x: 0, y: -0.1 })),
      'invalid',
    ],
    [
      'a position string',
      withChange((d) => (first(d, 'placements').position = '0.5,0.5')),
      'invalid',
    ],
    [
      'a position with z',
      withChange((d) => (first(d, 'placements').position = { x: 0, y: 0, z: 0 })),
      'invalid',
    ],
    [
      'an id of 101 characters',
      withChange((d) => (first(d, 'workshops').id = 'a'.repeat(101))),
      'invalid',
    ],
    ['an id with a slash', withChange((d) => (first(d, 'workshops').id = '../x')), 'invalid'],
    ['an empty id', withChange((d) => (first(d, 'placements').modelId = '')), 'invalid'],
    ['a numeric id', withChange((d) => (first(d, 'workshops').id = 7)), 'invalid'],
    ['an empty title', withChange((d) => (first(d, 'workshops').title = '')), 'invalid'],
    ['a huge title', withChange((d) => (first(d, 'workshops').title = 'x'.repeat(201))), 'invalid'],
    [
      'a date that is no day',
      withChange((d) => (first(d, 'workshops').date = '2026-02-30')),
      'invalid',
    ],
    ['a fractional time', withChange((d) => (first(d, 'workshops').createdAt = 1.5)), 'invalid'],
    ['a createdAt that is no date', withChange((d) => (d.createdAt = 'yesterday')), 'invalid'],
    ['workshops not a list', withChange((d) => (d.workshops = {})), 'invalid'],
    ['no votes list', withChange((d) => delete d.votes), 'invalid'],
    ['no setup', withChange((d) => delete first(d, 'workshops').setup), 'invalid'],
    [
      'a placement of no workshop',
      withChange((d) => (first(d, 'placements').workshopId = 'gone')),
      'invalid',
    ],
    [
      'a workshop twice',
      withChange((d) => (d.workshops = [workshop('w0'), workshop('w0'), workshop('w1')])),
      'invalid',
    ],
    [
      'a model placed twice',
      withChange((d) => (d.placements = [placement('w0', 'a'), placement('w0', 'a', 0.9, 0.9)])),
      'invalid',
    ],
  ];

  it.each(cases)('%s → %s', (_label, input, reason) => {
    const result = parseSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('says which version made a newer file', () => {
    expect(parseSnapshot(withChange((d) => (d.schemaVersion = 7)))).toEqual({
      ok: false,
      reason: 'newer-version',
      detail: '7',
    });
  });

  it('says where an invalid file is wrong', () => {
    const result = parseSnapshot(
      withChange((d) => (first(d, 'placements').position = { x: 2, y: 0 })),
    );
    expect(result).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/^placements\[0\]\.position\.x: /),
    });
    const unknown = parseSnapshot(withChange((d) => (first(d, 'workshops').notes = 'x')));
    expect(unknown).toMatchObject({ detail: 'workshops[0]: unknown key "notes"' });
    const orphan = parseSnapshot(withChange((d) => (first(d, 'placements').workshopId = 'gone')));
    expect(orphan).toMatchObject({ detail: 'placements[0].workshopId: unknown workshop' });
  });

  it('over 20 MB, before parsing', () => {
    // Valid JSON padded with whitespace: only the size can be the problem.
    const padded = `${serializeSnapshot(valid)}${' '.repeat(MAX_SNAPSHOT_BYTES)}`;
    expect(parseSnapshot(padded)).toEqual({ ok: false, reason: 'too-large' });
    // Counted in UTF-8 bytes: fewer characters than the cap, but three bytes each.
    const multibyte = `${serializeSnapshot(valid)}${'€'.repeat(Math.ceil(MAX_SNAPSHOT_BYTES / 3))}`;
    expect(multibyte.length).toBeLessThan(MAX_SNAPSHOT_BYTES);
    expect(parseSnapshot(multibyte)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('without polluting any prototype', () => {
    const hostile = [
      '{"__proto__": {"x": 1}}',
      withChange((d) =>
        Object.defineProperty(d, '__proto__', { value: { x: 1 }, enumerable: true }),
      ),
      text(valid).replace('"title":', '"__proto__":{"x":1},"title":'),
      text(valid).replace('"position":{', '"position":{"__proto__":{"x":1},'),
      text(valid).replace('"groups":[{', '"groups":[{"__proto__":{"x":1},'),
      text(valid).replace('"anonymous":', '"__proto__":{"x":1},"anonymous":'),
      text(valid).replace('"removedAt":', '"__proto__":{"x":1},"removedAt":'),
      text(valid).replace('"value":{', '"value":{"__proto__":{"x":1},'),
      text(valid).replace('"state":', '"constructor":{"prototype":{"x":1}},"state":'),
    ];
    for (const input of hostile) {
      expect(input).toMatch(/__proto__|constructor/);
      expect(parseSnapshot(input).ok, input.slice(0, 80)).toBe(false);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('x');
    }
  });

  it('brackets inside strings do not count as nesting', () => {
    const bracketed = withChange((d) => (first(d, 'workshops').title = '['.repeat(150)));
    expect(parseSnapshot(bracketed).ok).toBe(true);
  });
});
