import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import {
  item,
  participant,
  round,
  snapshotOf,
  textWith,
  vote,
  type Json,
} from './snapshotFixtures';

// The rules between records. Two workshops, w0 and w1, each with participants `<w>-anna`
// and `<w>-bo` and rounds 1 and 2.
const valid = snapshotOf(2);
const withChange = (change: (data: Json) => void): string => textWith(valid, change);
const setupOf = (data: Json, index = 0) => item(data, 'workshops', index).setup as Json;
const push = (data: Json, list: string, record: unknown) => (data[list] as unknown[]).push(record);

/** The `detail` of a refused file; fails the test when the file is accepted. */
function detailOf(input: string): string | undefined {
  const result = parseSnapshot(input);
  expect(result.ok).toBe(false);
  if (result.ok) return undefined;
  expect(result.reason).toBe('invalid');
  return result.detail;
}

describe('the rules between records refuse', () => {
  const links: ReadonlyArray<[string, (d: Json) => void, string]> = [
    [
      'a participant of no workshop in the file',
      (d) => (item(d, 'participants').workshopId = 'gone'),
      'participants[0].workshopId: unknown workshop',
    ],
    [
      'a participant in a group its workshop does not have',
      (d) => (item(d, 'participants').groupId = 'ghosts'),
      'participants[0].groupId: not a group of its workshop',
    ],
    [
      "a participant in another workshop's group",
      (d) => {
        (setupOf(d, 1).groups as Json[]).push({ id: 'only-w1', name: 'Bara w1' });
        item(d, 'participants').groupId = 'only-w1';
      },
      'participants[0].groupId: not a group of its workshop',
    ],
    [
      'a participant id twice, even in two workshops',
      (d) => push(d, 'participants', participant('w1', 'w0-anna')),
      'participants[4].id: duplicate id',
    ],
    [
      'a group id twice in one workshop',
      (d) => (setupOf(d).groups as Json[]).push({ id: 'council', name: 'Igen' }),
      'workshops[0].setup.groups[5].id: duplicate group id',
    ],
    [
      'a round of no workshop in the file',
      (d) => push(d, 'rounds', round('gone', 1)),
      'rounds[4].workshopId: unknown workshop',
    ],
    [
      'a round twice',
      (d) => push(d, 'rounds', round('w0', 2, { state: 'locked', lockedAt: 1 })),
      'rounds[4].number: round twice',
    ],
    [
      'a vote of no workshop in the file',
      (d) => (item(d, 'votes').workshopId = 'gone'),
      'votes[0].workshopId: unknown workshop',
    ],
    [
      'a vote in a round that does not exist',
      (d) => push(d, 'votes', vote('w0', 3, 'w0-anna', 'open-data')),
      'votes[8].round: unknown round',
    ],
    [
      'a vote in a round of another workshop only',
      (d) => {
        push(d, 'rounds', round('w1', 3));
        push(d, 'votes', vote('w0', 3, 'w0-anna', 'open-data'));
      },
      'votes[8].round: unknown round',
    ],
    [
      'a vote of a participant who does not exist',
      (d) => push(d, 'votes', vote('w0', 2, 'nobody', 'open-data')),
      'votes[8].participantId: unknown participant',
    ],
    [
      'a vote of a participant of another workshop',
      (d) => push(d, 'votes', vote('w0', 2, 'w1-anna', 'open-data')),
      'votes[8].participantId: participant of another workshop',
    ],
    [
      'the same vote twice',
      (d) => push(d, 'votes', vote('w0', 1, 'w0-bo', 'climate-label', { x: 0, y: 0 })),
      'votes[8]: voted twice',
    ],
  ];

  it.each(links)('%s', (_label, change, detail) => {
    expect(detailOf(withChange(change))).toBe(detail);
  });

  it('keeps a removed participant and their votes: removal is not deletion', () => {
    const parsed = parseSnapshot(serializeSnapshot(valid));
    if (!parsed.ok) throw new Error(parsed.reason);
    const removed = parsed.snapshot.participants.find((p) => p.removedAt !== null);
    expect(removed).toBeDefined();
    expect(parsed.snapshot.votes.some((v) => v.participantId === removed?.id)).toBe(true);
  });
});
