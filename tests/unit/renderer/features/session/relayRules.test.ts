// The host's rules: participants' relayed changes become the workshop's change records (once),
// and the server is brought in line with the workshop's rounds.
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../../shared/domain/participant';
import type { Round, RoundState } from '../../../../../shared/domain/round';
import type { Vote } from '../../../../../shared/domain/vote';
import { defaultSetup } from '../../../../../shared/domain/workshop';
import { hostMessageSchema } from '../../../../../shared/protocol/hostMessages';
import {
  helloCommands,
  pooledRelease,
  relayOutcome,
  roundCommands,
  seatAnswers,
  type RelayedMessage,
  type WorkshopState,
} from '../../../../../renderer/src/features/session/relayRules';

const W = 'workshop-1';
const A = 'land-use-and-planning';
const B = 'regulatory-and-permit-work';
const ANNA = 'p-anna';

const round = (number: number, state: RoundState): Round => ({
  workshopId: W,
  number,
  state,
  startedAt: 1,
  lockedAt: null,
  revealedAt: null,
});
const participant = (id: string, removedAt: number | null = null): Participant => ({
  id,
  workshopId: W,
  name: id,
  groupId: 'companies',
  createdAt: 1,
  removedAt,
});
const vote = (participantId: string, modelId: string, value: Vote['value'], r = 1): Vote => ({
  workshopId: W,
  round: r,
  participantId,
  modelId,
  value,
  updatedAt: 1,
});

function state(patch: Partial<WorkshopState> = {}): WorkshopState {
  return {
    workshopId: W,
    setup: defaultSetup(),
    participants: [participant(ANNA)],
    rounds: [round(1, 'open')],
    votes: [],
    modelIds: new Set([A, B]),
    now: 1000,
    ...patch,
  };
}

const joined = (participantId: string, groupId: string | null = 'council'): RelayedMessage => ({
  type: 'participantJoined',
  changeId: 1,
  participantId,
  seat: 1,
  name: 'Bo',
  groupId,
  language: 'sv',
  tokenDigest: 'D'.repeat(43),
});
const change = (c: Extract<RelayedMessage, { type: 'participantChange' }>['change'], r = 1) =>
  ({
    type: 'participantChange',
    changeId: 2,
    participantId: ANNA,
    round: r,
    change: c,
  }) satisfies RelayedMessage;

describe('relayOutcome: joins', () => {
  it('a new person becomes a participant of the workshop in the group they chose', () => {
    expect(relayOutcome(joined('p-bo'), state())).toEqual({
      accepted: true,
      change: {
        kind: 'participant.set',
        workshopId: W,
        participantId: 'p-bo',
        from: null,
        to: { name: 'Bo', groupId: 'council', createdAt: 1000, removedAt: null },
      },
    });
  });

  it('a group the workshop does not have, or none, puts the person in "other"', () => {
    for (const groupId of ['no-such-group', null]) {
      const outcome = relayOutcome(joined('p-bo', groupId), state());
      expect(outcome.change).toMatchObject({ to: { groupId: 'other' } });
    }
  });

  it('a join sent again (after the host was away) writes nothing and is accepted', () => {
    expect(relayOutcome(joined(ANNA), state())).toEqual({ change: null, accepted: true });
  });

  it('a person the facilitator removed is refused', () => {
    const removed = state({ participants: [participant(ANNA, 5)] });
    expect(relayOutcome(joined(ANNA), removed)).toEqual({ change: null, accepted: false });
  });
});

describe('relayOutcome: answers', () => {
  it('a placement in the open round is a vote change from what the database holds', () => {
    const held = state({ votes: [vote(ANNA, A, 'skip')] });
    const outcome = relayOutcome(
      change({ kind: 'vote', modelId: A, value: { x: 0.2, y: 0.9 } }),
      held,
    );
    expect(outcome).toEqual({
      accepted: true,
      change: {
        kind: 'vote.set',
        workshopId: W,
        round: 1,
        participantId: ANNA,
        modelId: A,
        from: 'skip',
        to: { x: 0.2, y: 0.9 },
      },
    });
  });

  it('a change sent again is applied once: the second time nothing is written', () => {
    const value = { x: 0.2, y: 0.9 };
    const after = state({ votes: [vote(ANNA, A, value)] });
    expect(relayOutcome(change({ kind: 'vote', modelId: A, value }), after)).toEqual({
      change: null,
      accepted: true,
    });
    expect(relayOutcome(change({ kind: 'clear', modelId: B }), state())).toEqual({
      change: null,
      accepted: true,
    });
  });

  it('clearing takes the vote back', () => {
    const held = state({ votes: [vote(ANNA, A, { x: 0.5, y: 0.5 })] });
    expect(relayOutcome(change({ kind: 'clear', modelId: A }), held).change).toMatchObject({
      kind: 'vote.set',
      from: { x: 0.5, y: 0.5 },
      to: null,
    });
  });

  it('refuses changes for a locked round, another round, an unknown model or person', () => {
    const place = { kind: 'vote', modelId: A, value: 'skip' } as const;
    const refused = { change: null, accepted: false };
    expect(relayOutcome(change(place), state({ rounds: [round(1, 'locked')] }))).toEqual(refused);
    expect(relayOutcome(change(place, 2), state())).toEqual(refused);
    expect(relayOutcome(change(place), state({ rounds: [] }))).toEqual(refused);
    expect(
      relayOutcome(change({ kind: 'vote', modelId: 'not-in-play', value: 'skip' }), state()),
    ).toEqual(refused);
    expect(relayOutcome(change(place), state({ participants: [] }))).toEqual(refused);
    expect(relayOutcome(change(place), state({ participants: [participant(ANNA, 9)] }))).toEqual(
      refused,
    );
  });

  it('readiness is accepted without a write (the server keeps it)', () => {
    expect(relayOutcome(change({ kind: 'ready', ready: true }), state())).toEqual({
      change: null,
      accepted: true,
    });
  });
});

describe('roundCommands', () => {
  const models = [A, B];

  it('nothing before the first round, nothing when the server agrees', () => {
    expect(roundCommands(null, [], models)).toEqual([]);
    expect(roundCommands({ number: 1, status: 'locked' }, [round(1, 'locked')], models)).toEqual(
      [],
    );
  });

  it('opens a round the server has not seen, with the models in play', () => {
    expect(roundCommands(null, [round(1, 'open')], models)).toEqual([
      { type: 'openRound', round: 1, modelIds: models },
    ]);
  });

  it('a revision round after the server’s round is nextRound (devices keep the pooled view)', () => {
    const rounds = [round(1, 'revealed'), round(2, 'open')];
    expect(roundCommands({ number: 1, status: 'revealed' }, rounds, models)).toEqual([
      { type: 'nextRound', round: 2, modelIds: models },
    ]);
  });

  it('follows lock and reveal, and an undone lock reopens the same round', () => {
    const open = { number: 1, status: 'open' } as const;
    expect(roundCommands(open, [round(1, 'locked')], models)).toEqual([
      { type: 'lockRound', round: 1 },
    ]);
    expect(roundCommands({ ...open, status: 'locked' }, [round(1, 'revealed')], models)).toEqual([
      { type: 'revealRound', round: 1 },
    ]);
    expect(roundCommands({ ...open, status: 'locked' }, [round(1, 'open')], models)).toEqual([
      { type: 'openRound', round: 1, modelIds: models },
    ]);
  });

  it('a server that missed rounds (a new server) is brought to the newest round and its state', () => {
    expect(roundCommands(null, [round(1, 'revealed'), round(2, 'locked')], models)).toEqual([
      { type: 'openRound', round: 2, modelIds: models },
      { type: 'lockRound', round: 2 },
    ]);
  });
});

describe('messages to the server', () => {
  it('seatAnswers: each seat’s own answers of the round, models in play only', () => {
    const votes = [
      vote(ANNA, A, { x: 0.1, y: 0.2 }),
      vote(ANNA, 'gone', 'skip'),
      vote(ANNA, B, 'skip', 2),
      vote('p-bo', B, 'skip'),
    ];
    const messages = seatAnswers(1, [ANNA, 'p-cecilia'], votes, new Set([A, B]));
    expect(messages).toEqual([
      {
        type: 'seatAnswers',
        round: 1,
        participantId: ANNA,
        answers: [{ modelId: A, value: { x: 0.1, y: 0.2 } }],
      },
      { type: 'seatAnswers', round: 1, participantId: 'p-cecilia', answers: [] },
    ]);
    for (const message of messages) expect(hostMessageSchema.safeParse(message).success).toBe(true);
  });

  it('pooledRelease: medians and counts per model, accepted by the protocol', () => {
    const votes = [
      vote(ANNA, A, { x: 0.2, y: 0.8 }),
      vote('p-bo', A, { x: 0.3, y: 0.7 }),
      vote('p-bo', B, 'skip'),
      vote('p-bo', A, { x: 0.9, y: 0.9 }, 2),
    ];
    const message = pooledRelease(1, votes, [A, B], 0.75);
    expect(hostMessageSchema.parse(message)).toEqual(message);
    expect(message).toMatchObject({
      type: 'releasePooled',
      round: 1,
      models: [
        { modelId: A, placed: 2, skipped: 0, median: { x: 0.25, y: 0.75 }, consensus: true },
        { modelId: B, placed: 0, skipped: 1, median: null },
      ],
    });
  });
});

describe('what the host says on every hello', () => {
  const digest = 'Q'.repeat(43);
  it('offers the groups, asks names unless anonymous, and restores seats of present people', () => {
    const setup = {
      ...defaultSetup(),
      groups: [
        { id: 'council', name: '' },
        { id: 'g-1', name: 'Skolan' },
      ],
    };
    const people = [participant(ANNA), participant('p-gone', 5)];
    const kept = [
      { participantId: ANNA, tokenDigest: digest, seat: 1 },
      { participantId: 'p-gone', tokenDigest: digest.replace('Q', 'R'), seat: 2 },
      { participantId: 'p-unknown', tokenDigest: digest.replace('Q', 'S'), seat: 3 },
    ];
    const commands = helloCommands(setup, people, kept);
    expect(commands).toEqual([
      { type: 'joinOptions', groups: setup.groups, names: true },
      {
        type: 'restoreSeats',
        seats: [{ participantId: ANNA, tokenDigest: digest, seat: 1, name: ANNA }],
      },
    ]);
    for (const command of commands) expect(hostMessageSchema.parse(command)).toEqual(command);
    const anonymous = helloCommands({ ...setup, anonymous: true }, people, kept);
    expect(anonymous[0]).toMatchObject({ names: false });
    expect(anonymous[1]).toMatchObject({ seats: [{ name: '' }] });
  });

  it('keeps the seats within the protocol’s limit', () => {
    const people = Array.from({ length: 600 }, (_, i) => participant(`p-${i}`));
    const kept = people.map((p, i) => ({ participantId: p.id, tokenDigest: digest, seat: i + 1 }));
    const [, restore] = helloCommands(defaultSetup(), people, kept);
    expect(hostMessageSchema.safeParse(restore).success).toBe(true);
  });

  it('a join in an anonymous workshop keeps no name but the chosen group', () => {
    const setup = { ...defaultSetup(), anonymous: true };
    const outcome = relayOutcome(joined('p-new', 'council'), state({ setup }));
    expect(outcome.change).toMatchObject({ to: { name: '', groupId: 'council' } });
  });
});
