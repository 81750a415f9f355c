import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { item, snapshotOf, textWith, type Json } from './snapshotFixtures';

// The shape of each record of the many voices, in `snapshotOf(2)`: two workshops, w0 and w1.
const valid = snapshotOf(2);
const withChange = (change: (data: Json) => void): string => textWith(valid, change);
const setupOf = (data: Json, index = 0) => item(data, 'workshops', index).setup as Json;

/** The `detail` of a refused file; fails the test when the file is accepted. */
function detailOf(input: string): string | undefined {
  const result = parseSnapshot(input);
  expect(result.ok).toBe(false);
  if (result.ok) return undefined;
  expect(result.reason).toBe('invalid');
  return result.detail;
}

describe('the records of the many voices', () => {
  it('round-trip with every field: participants, rounds, votes and the setup', () => {
    const parsed = parseSnapshot(serializeSnapshot(valid));
    expect(parsed).toEqual({ ok: true, snapshot: valid });
    if (!parsed.ok) return;
    expect(parsed.snapshot.votes.map((v) => v.value)).toContain('skip');
    expect(parsed.snapshot.participants.map((p) => p.removedAt)).toContain(null);
  });

  it('accept the edges: no groups and no participants, consensus 0.5 and 1, empty names', () => {
    const edges = withChange((d) => {
      d.participants = (d.participants as Json[]).filter((p) => p.workshopId !== 'w0');
      d.votes = (d.votes as Json[]).filter((v) => v.workshopId !== 'w0');
      setupOf(d, 0).groups = [];
      setupOf(d, 0).consensusShare = 0.5;
      setupOf(d, 1).consensusShare = 1;
      item(d, 'participants').name = '';
    });
    expect(parseSnapshot(edges).ok).toBe(true);
  });

  const shapes: ReadonlyArray<[string, (d: Json) => void, RegExp]> = [
    [
      'consensus below one half',
      (d) => (setupOf(d).consensusShare = 0.49),
      /^workshops\[0\]\.setup\.consensusShare: too_small/,
    ],
    ['consensus above 1', (d) => (setupOf(d).consensusShare = 1.01), /consensusShare: too_big/],
    [
      'consensus as text',
      (d) => (setupOf(d).consensusShare = '75%'),
      /consensusShare: invalid_type/,
    ],
    ['anonymous as text', (d) => (setupOf(d).anonymous = 'yes'), /setup\.anonymous: invalid_type/],
    ['an unknown setup key', (d) => (setupOf(d).colour = 'red'), /setup: unknown key "colour"/],
    [
      'a group id with a space',
      (d) => ((setupOf(d).groups as Json[])[0]!.id = 'a b'),
      /groups\[0\]\.id: invalid_format/,
    ],
    [
      'a group name of 201 characters',
      (d) => ((setupOf(d).groups as Json[])[1]!.name = 'x'.repeat(201)),
      /groups\[1\]\.name: too_big/,
    ],
    [
      'an unknown group key',
      (d) => ((setupOf(d).groups as Json[])[0]!.colour = 1),
      /groups\[0\]: unknown key "colour"/,
    ],
    [
      '101 groups',
      (d) =>
        (setupOf(d).groups = Array.from({ length: 101 }, (_, i) => ({ id: `g${i}`, name: '' }))),
      /setup\.groups: too_big/,
    ],
    [
      'a participant name of 81 characters',
      (d) => (item(d, 'participants').name = 'x'.repeat(81)),
      /^participants\[0\]\.name: too_big/,
    ],
    [
      'a participant without removedAt',
      (d) => delete item(d, 'participants').removedAt,
      /^participants\[0\]\.removedAt: invalid_type/,
    ],
    [
      'a removedAt as text',
      (d) => (item(d, 'participants').removedAt = 'today'),
      /removedAt: invalid_type/,
    ],
    [
      'an unknown participant key',
      (d) => (item(d, 'participants').email = 'a@b'),
      /participants\[0\]: unknown key "email"/,
    ],
    ['round number 0', (d) => (item(d, 'rounds').number = 0), /^rounds\[0\]\.number: too_small/],
    [
      'round number 1.5',
      (d) => (item(d, 'rounds').number = 1.5),
      /^rounds\[0\]\.number: invalid_type/,
    ],
    [
      'an unknown round state',
      (d) => (item(d, 'rounds').state = 'closed'),
      /^rounds\[0\]\.state: invalid_value/,
    ],
    [
      'a lockedAt left out',
      (d) => delete item(d, 'rounds').lockedAt,
      /^rounds\[0\]\.lockedAt: invalid_type/,
    ],
    ['a revealedAt of -1', (d) => (item(d, 'rounds').revealedAt = -1), /revealedAt: too_small/],
    [
      'a vote of {x: 2}',
      (d) => (item(d, 'votes').value = { x: 2 }),
      /^votes\[0\]\.value: expected a position or "skip"$/,
    ],
    [
      'a vote of "maybe"',
      (d) => (item(d, 'votes').value = 'maybe'),
      /^votes\[0\]\.value: expected a position or "skip"$/,
    ],
    [
      'a vote of {x: 2, y: 0}',
      (d) => (item(d, 'votes').value = { x: 2, y: 0 }),
      /^votes\[0\]\.value\.x: too_big/,
    ],
    [
      'a vote with z',
      (d) => (item(d, 'votes').value = { x: 0, y: 0, z: 0 }),
      /^votes\[0\]\.value: /,
    ],
    ['a vote of null', (d) => (item(d, 'votes').value = null), /^votes\[0\]\.value: /],
    ['a vote of "SKIP"', (d) => (item(d, 'votes').value = 'SKIP'), /^votes\[0\]\.value: /],
    ['a vote in round 0', (d) => (item(d, 'votes').round = 0), /^votes\[0\]\.round: too_small/],
    [
      'an unknown vote key',
      (d) => (item(d, 'votes').weight = 2),
      /^votes\[0\]: unknown key "weight"/,
    ],
  ];

  it.each(shapes)('refuse %s', (_label, change, detail) => {
    expect(detailOf(withChange(change))).toMatch(detail);
  });
});
