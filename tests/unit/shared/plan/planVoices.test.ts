import { describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS } from '../../../../shared/catalogue';
import type { Vote } from '../../../../shared/domain/vote';
import { defaultSetup, type WorkshopSetup } from '../../../../shared/domain/workshop';
import { planInput } from '../../../../shared/plan/planInput';
import type { PlanVoices } from '../../../../shared/plan/planVoices';
import { NAMES, participant, round, vote } from './votingFixtures';

const workshop = { title: 'Verkstad', organisation: 'Umeå kommun', date: '2026-11-30' };
const placements = [
  { modelId: 'open-data', position: { x: 0.3, y: 0.75 } },
  { modelId: 'responsible-procurement', position: { x: 0.8, y: 0.3 } },
  { modelId: 'diploma', position: { x: 0.2, y: 0.2 } },
];

const setup: WorkshopSetup = {
  ...defaultSetup(),
  // Not the built-in order; a renamed group, a blank-named built-in, an unnamed added group.
  groups: [
    { id: 'council', name: '' },
    { id: 'companies', name: '' },
    { id: 'custom-1', name: 'Näringslivsrådet' },
    { id: 'officials', name: '   ' },
    { id: 'other', name: '' },
    { id: 'custom-2', name: '' },
  ],
};

/**
 * Round 2 is the latest revealed one; round 1 (revealed) and round 3 (locked, newer) hold
 * other answers that must not show. p4 was removed but kept their votes; p7's group was deleted
 * and "ghost" has no participant record any more.
 */
function voices(overrides: Partial<PlanVoices> = {}): PlanVoices {
  const participants = [
    participant(0, 'companies'),
    participant(1, 'companies'),
    participant(2, 'council'),
    participant(3, 'officials', 1234),
    participant(4, 'custom-1'),
    participant(5, 'custom-2'),
    participant(6, 'deleted-group'),
  ];
  const votes: Vote[] = [
    vote('p1', 'open-data', { x: 0.1, y: 0.9 }),
    vote('p2', 'open-data', { x: 0.2, y: 0.7 }),
    vote('p3', 'open-data', { x: 0.4, y: 0.8 }),
    vote('p4', 'open-data', { x: 0.8, y: 0.6 }),
    vote('p5', 'open-data', 'skip'),
    vote('p6', 'responsible-procurement', { x: 0.7, y: 0.2 }),
    vote('p7', 'responsible-procurement', { x: 0.9, y: 0.4 }),
    vote('ghost', 'responsible-procurement', { x: 0.8, y: 0.3 }),
    vote('p1', 'diploma', 'skip'),
    vote('p2', 'diploma', 'skip'),
    vote('p3', 'climate-label', { x: 0.5, y: 0.5 }),
    ...['p1', 'p2', 'p3'].map((id) => vote(id, 'open-data', { x: 0.95, y: 0.05 }, 1)),
    vote('p1', 'open-data', { x: 0.5, y: 0.5 }, 3),
    vote('p9', 'open-data', { x: 0.5, y: 0.5 }, 3),
  ];
  return {
    participants,
    rounds: [round(3, 'locked'), round(2, 'revealed'), round(1, 'revealed'), round(4, 'open')],
    votes,
    setup,
    ...overrides,
  };
}

const build = (v?: PlanVoices, locale: 'sv' | 'en' = 'sv') =>
  planInput(workshop, placements, MODELS, CATEGORIES, locale, v);

describe('planInput with voices', () => {
  it('takes the spread from the latest revealed round, quartiles as QUARTILE.INC', () => {
    const input = build(voices());
    const openData = input.items.find((item) => item.modelId === 'open-data');
    // x: 0.1 0.2 0.4 0.8 → q1 0.175, median 0.3, q3 0.5; 3 of 4 in quick wins.
    expect(openData?.spread?.x.q1).toBeCloseTo(0.175, 10);
    expect(openData?.spread?.x.median).toBeCloseTo(0.3, 10);
    expect(openData?.spread?.x.q3).toBeCloseTo(0.5, 10);
    expect(openData?.spread?.y.q1).toBeCloseTo(0.675, 10);
    expect(openData?.spread?.y.q3).toBeCloseTo(0.825, 10);
    expect(openData?.spread).toMatchObject({ n: 4, skipped: 1, agreement: 0.75, consensus: true });
    expect(input.method).toMatchObject({ rounds: 2, pooledRound: 2, consensusShare: 0.75 });
  });

  it('counts the votes of removed participants and of participants no longer listed', () => {
    const input = build(voices());
    expect(input.items.find((i) => i.modelId === 'open-data')?.spread?.n).toBe(4);
    const procurement = input.items.find((i) => i.modelId === 'responsible-procurement');
    expect(procurement?.spread).toMatchObject({ n: 3, skipped: 0, consensus: true });
    expect(procurement?.spread?.x.q1).toBeCloseTo(0.75, 10);
    expect(procurement?.spread?.x.q3).toBeCloseTo(0.85, 10);
    // Round 2 voters: p1–p7 and ghost; p9 voted only in round 3.
    expect(input.method?.participants).toBe(8);
  });

  it('gives no spread to a model everybody answered "don\'t know"', () => {
    const diploma = build(voices()).items.find((item) => item.modelId === 'diploma');
    expect(diploma).toBeDefined();
    expect(diploma && 'spread' in diploma).toBe(false);
  });

  it('resolves groups in the setup order, naming built-in groups in the plan language', () => {
    expect(build(voices()).method?.participantsByGroup).toEqual([
      { group: 'Förtroendevalda', count: 1 },
      { group: 'Företag', count: 2 },
      { group: 'Näringslivsrådet', count: 1 },
      { group: 'Tjänstepersoner', count: 1 },
      { group: 'Grupp 6', count: 1 },
      { group: 'Okänd grupp', count: 2 },
    ]);
    const english = build(voices(), 'en').method?.participantsByGroup.map((g) => g.group);
    expect(english).toEqual([
      'Council members',
      'Companies',
      'Näringslivsrådet',
      'Officials',
      'Group 6',
      'Unknown group',
    ]);
    const method = build(voices()).method;
    const total = method?.participantsByGroup.reduce((sum, g) => sum + g.count, 0);
    expect(total).toBe(method?.participants);
  });

  it('never puts a participant name into the plan', () => {
    const everyone = voices({
      participants: NAMES.map((_, index) => participant(index, 'companies')),
      votes: NAMES.map((_, index) => vote(`p${index + 1}`, 'open-data', { x: 0.2, y: 0.8 })),
    });
    const text = JSON.stringify(build(everyone));
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(build(everyone).method?.participantsByGroup).toEqual([
      { group: 'Företag', count: NAMES.length },
    ]);
  });

  it('ignores voices when no round was revealed: the plan is as without them', () => {
    const plain = build();
    for (const rounds of [[], [round(1, 'locked'), round(2, 'open')]]) {
      const input = build(voices({ rounds }));
      expect(input).toEqual(plain);
      expect('method' in input).toBe(false);
      expect(input.items.some((item) => 'spread' in item)).toBe(false);
    }
    expect(Object.keys(plain).sort()).toEqual(['date', 'items', 'locale', 'organisation', 'title']);
  });

  it('counts one answer per participant and model, the latest', () => {
    const input = build(
      voices({
        votes: [
          { ...vote('p1', 'open-data', { x: 0.9, y: 0.1 }), updatedAt: 1 },
          { ...vote('p1', 'open-data', { x: 0.2, y: 0.8 }), updatedAt: 2 },
        ],
      }),
    );
    const spread = input.items.find((item) => item.modelId === 'open-data')?.spread;
    expect(spread?.n).toBe(1);
    expect(spread?.x.median).toBe(0.2);
    expect(input.method?.participants).toBe(1);
  });

  it('keeps a revealed round without votes: method with no participants, no spreads', () => {
    const input = build(voices({ votes: [], rounds: [round(1, 'revealed')] }));
    expect(input.method).toEqual({
      rounds: 1,
      pooledRound: 1,
      participantsByGroup: [],
      participants: 0,
      consensusShare: 0.75,
    });
    expect(input.items.some((item) => item.spread)).toBe(false);
  });

  it('applies the workshop’s own consensus rule', () => {
    const strict = build(voices({ setup: { ...setup, consensusShare: 0.8 } }));
    const openData = strict.items.find((item) => item.modelId === 'open-data');
    expect(openData?.spread?.consensus).toBe(false);
    expect(strict.method?.consensusShare).toBe(0.8);
  });
});
