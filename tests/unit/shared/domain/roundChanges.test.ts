import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/domain/round';
import {
  advanceRoundChange,
  latestRound,
  startRoundChange,
} from '../../../../shared/domain/roundChanges';
import type { Vote } from '../../../../shared/domain/vote';

const round = (number: number, state: Round['state']): Round => ({
  workshopId: 'w',
  number,
  state,
  startedAt: 10 * number,
  lockedAt: state === 'open' ? null : 10 * number + 1,
  revealedAt: state === 'revealed' ? 10 * number + 2 : null,
});
const vote = (participantId: string, modelId: string, value: Vote['value'], r = 1): Vote => ({
  workshopId: 'w',
  round: r,
  participantId,
  modelId,
  value,
  updatedAt: 1,
});

describe('startRoundChange', () => {
  it('opens round 1 when there is none', () => {
    const change = startRoundChange('w', [], [], new Set(['p']), 99);
    expect(change).toEqual({
      kind: 'batch',
      workshopId: 'w',
      label: 'round.open',
      changes: [
        {
          kind: 'round.set',
          workshopId: 'w',
          round: 1,
          from: null,
          to: { state: 'open', startedAt: 99, lockedAt: null, revealedAt: null },
        },
      ],
    });
  });

  it('refuses a new round while the newest is still open or locked', () => {
    expect(startRoundChange('w', [round(1, 'open')], [], new Set(), 1)).toBeNull();
    expect(startRoundChange('w', [round(1, 'locked')], [], new Set(), 1)).toBeNull();
  });

  it('starts a revision round from each active participant’s own answers, skips included', () => {
    const votes = [
      vote('anna', 'a', { x: 0.2, y: 0.8 }),
      vote('anna', 'b', 'skip'),
      vote('gone', 'a', { x: 0.9, y: 0.1 }),
      vote('anna', 'c', { x: 0.5, y: 0.5 }, 2),
    ];
    const change = startRoundChange('w', [round(1, 'revealed')], votes, new Set(['anna']), 5);
    expect(change?.kind === 'batch' && change.label).toBe('round.revision');
    const copies = change?.kind === 'batch' ? change.changes.slice(1) : [];
    expect(copies).toEqual([
      expect.objectContaining({
        kind: 'vote.set',
        round: 2,
        participantId: 'anna',
        modelId: 'a',
        to: { x: 0.2, y: 0.8 },
      }),
      expect.objectContaining({
        kind: 'vote.set',
        round: 2,
        participantId: 'anna',
        modelId: 'b',
        to: 'skip',
      }),
    ]);
  });
});

describe('advanceRoundChange', () => {
  it('locks an open round, reveals a locked one, and stops after that', () => {
    expect(advanceRoundChange(round(1, 'open'), 7)).toMatchObject({
      from: { state: 'open', lockedAt: null },
      to: { state: 'locked', lockedAt: 7, revealedAt: null },
    });
    expect(advanceRoundChange(round(2, 'locked'), 8)).toMatchObject({
      round: 2,
      to: { state: 'revealed', lockedAt: 21, revealedAt: 8 },
    });
    expect(advanceRoundChange(round(1, 'revealed'), 9)).toBeNull();
  });
});

describe('latestRound', () => {
  it('is the highest number, whatever the order', () => {
    expect(latestRound([round(2, 'open'), round(1, 'revealed')])?.number).toBe(2);
    expect(latestRound([])).toBeUndefined();
  });
});
