import { describe, expect, it } from 'vitest';
import { rankPlacements } from '../../../../shared/domain/ranking';
import { PLAN_LABELS } from '../../../../shared/i18n/plan';
import { methodParagraphs } from '../../../../shared/plan/methodSection';
import type { PlanItem, PlanMethod, PlanSpread } from '../../../../shared/plan/types';
import { SWEDISH_ITEMS } from './fixtures';

const method: PlanMethod = {
  rounds: 1,
  pooledRound: 1,
  participantsByGroup: [{ group: 'Företag', count: 1 }],
  participants: 1,
  consensusShare: 2 / 3,
};

const spread = (consensus: boolean): PlanSpread => ({
  x: { q1: 0.2, median: 0.3, q3: 0.4 },
  y: { q1: 0.6, median: 0.7, q3: 0.8 },
  n: 3,
  skipped: 0,
  agreement: consensus ? 1 : 0.5,
  consensus,
});

const ranked = (items: PlanItem[]) => rankPlacements(items);

describe('methodParagraphs', () => {
  it('uses singular forms and rounds the consensus share to whole percent', () => {
    const [first] = SWEDISH_ITEMS;
    if (!first) throw new Error('no fixture');
    const text = methodParagraphs(
      method,
      ranked([{ ...first, spread: spread(true) }]),
      PLAN_LABELS.en,
    );
    expect(text[0]).toContain('in 1 round.');
    expect(text[0]).toContain('round 1');
    expect(text[1]).toBe('1 participant answered in round 1 (Företag: 1).');
    expect(text[3]).toContain('at least 67 %');
    expect(text[3]).toContain('1 of 1 model in this plan reached consensus.');
  });

  it('counts the plan’s models with a spread, and only those, towards consensus', () => {
    const items = SWEDISH_ITEMS.map((item, index) =>
      index < 5 ? { ...item, spread: spread(index % 2 === 0) } : item,
    );
    const text = methodParagraphs(
      { ...method, rounds: 3, pooledRound: 3, participants: 12, consensusShare: 0.75 },
      ranked(items),
      PLAN_LABELS.sv,
    );
    expect(text[0]).toContain('i 3 omgångar');
    expect(text[1]).toBe('12 deltagare svarade i runda 3 (Företag: 1).');
    expect(text[3]).toContain('minst 75 %');
    expect(text[3]).toContain('3 av 5 modeller i planen nådde konsensus.');
  });

  it('says so when nobody answered and leaves out a count with nothing behind it', () => {
    const text = methodParagraphs(
      { ...method, participants: 0, participantsByGroup: [], consensusShare: 0.75 },
      ranked(SWEDISH_ITEMS),
      PLAN_LABELS.sv,
    );
    expect(text[1]).toBe('Ingen deltagare svarade i runda 1.');
    expect(text[3]).not.toContain('nådde konsensus');
    expect(text.join(' ')).not.toMatch(/[{}]/);
  });
});
