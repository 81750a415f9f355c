import type { Participant } from '../../../../shared/domain/participant';
import type { Round } from '../../../../shared/domain/round';
import type { Vote, VoteValue } from '../../../../shared/domain/vote';
import { defaultSetup, type Placement, type Workshop } from '../../../../shared/domain/workshop';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';

export const workshop = (id: string, extra: Partial<Workshop> = {}): Workshop => ({
  id,
  title: `Workshop ${id}`,
  organisation: 'Vanda stad',
  date: '2026-11-30',
  setup: defaultSetup(),
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  ...extra,
});

export const placement = (workshopId: string, modelId: string, x = 0.25, y = 0.75): Placement => ({
  workshopId,
  modelId,
  position: { x, y },
  updatedAt: 1_700_000_200_000,
});

export const participant = (
  workshopId: string,
  id: string,
  extra: Partial<Participant> = {},
): Participant => ({
  id,
  workshopId,
  name: `Deltagare ${id}`,
  groupId: 'companies',
  createdAt: 1_700_000_300_000,
  removedAt: null,
  ...extra,
});

export const round = (workshopId: string, number: number, extra: Partial<Round> = {}): Round => ({
  workshopId,
  number,
  state: 'open',
  startedAt: 1_700_000_400_000,
  lockedAt: null,
  revealedAt: null,
  ...extra,
});

export const vote = (
  workshopId: string,
  roundNumber: number,
  participantId: string,
  modelId: string,
  value: VoteValue = { x: 0.5, y: 0.5 },
): Vote => ({
  workshopId,
  round: roundNumber,
  participantId,
  modelId,
  value,
  updatedAt: 1_700_000_500_000,
});

/**
 * A valid snapshot with `count` workshops, in canonical order. Each workshop has two
 * placements, a renamed and an added group, two participants (one removed, votes kept), a
 * revealed round 1 where both voted (one "don't know") and an open round 2.
 */
export function snapshotOf(count: number, createdAt = '2026-11-30T12:00:00.000Z'): Snapshot {
  const workshops = Array.from({ length: count }, (_, i) =>
    workshop(`w${i}`, {
      setup: {
        groups: [
          { id: 'companies', name: 'Företag i Åbo' },
          ...defaultSetup().groups.slice(1),
        ].concat({ id: 'g-youth', name: 'Unga' }),
        anonymous: i % 2 === 1,
        consensusShare: 0.75,
      },
    }),
  );
  const ids = workshops.map((w) => w.id);
  return {
    format: 'klimatverkstad-backup',
    schemaVersion: 2,
    createdAt,
    workshops,
    placements: ids.flatMap((w) => [
      placement(w, 'climate-label', 0.5, 0.125),
      placement(w, 'open-data', 0, 1),
    ]),
    participants: ids.flatMap((w) => [
      participant(w, `${w}-anna`),
      participant(w, `${w}-bo`, { name: '', groupId: 'g-youth', removedAt: 1_700_000_600_000 }),
    ]),
    rounds: ids.flatMap((w) => [
      round(w, 1, {
        state: 'revealed',
        lockedAt: 1_700_000_450_000,
        revealedAt: 1_700_000_460_000,
      }),
      round(w, 2),
    ]),
    votes: ids.flatMap((w) => [
      vote(w, 1, `${w}-anna`, 'climate-label', { x: 0.1, y: 0.9 }),
      vote(w, 1, `${w}-anna`, 'open-data', { x: 1, y: 0 }),
      vote(w, 1, `${w}-bo`, 'climate-label', 'skip'),
      vote(w, 2, `${w}-anna`, 'climate-label', { x: 0.2, y: 0.8 }),
    ]),
  };
}

/** The snapshot as plain JSON data, to be broken by a test. */
export const jsonOf = (snapshot: Snapshot): Record<string, unknown> =>
  JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;

export type Json = Record<string, unknown>;

/** `snapshot` as file text after `change` broke its JSON data. */
export function textWith(snapshot: Snapshot, change: (data: Json) => void): string {
  const data = jsonOf(snapshot);
  change(data);
  return JSON.stringify(data);
}

/** Record `index` of one of the lists in snapshot data, to be changed in place. */
export const item = (data: Json, list: string, index = 0): Json =>
  (data[list] as Json[])[index] as Json;
