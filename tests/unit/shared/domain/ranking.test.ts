import { describe, expect, it } from 'vitest';
import { rankPlacements } from '../../../../shared/domain/ranking';

const at = (modelId: string, x: number, y: number) => ({ modelId, position: { x, y } });

describe('rankPlacements', () => {
  it('orders by quadrant: quick wins, strategic, fill-ins, reconsider', () => {
    const ranked = rankPlacements([
      at('reconsider', 0.9, 0.1),
      at('fill-in', 0.2, 0.2),
      at('strategic', 0.8, 0.8),
      at('quick', 0.2, 0.8),
    ]);
    expect(ranked.map((r) => r.modelId)).toEqual(['quick', 'strategic', 'fill-in', 'reconsider']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(ranked.map((r) => r.quadrant)).toEqual([
      'quick-wins',
      'strategic',
      'fill-ins',
      'reconsider',
    ]);
  });

  it('within a quadrant puts more impact first, then fewer resources, then id', () => {
    const ranked = rankPlacements([
      at('b', 0.3, 0.7),
      at('lower-impact', 0.1, 0.6),
      at('a', 0.3, 0.7),
      at('higher-impact', 0.4, 0.95),
      at('cheaper', 0.1, 0.7),
    ]);
    expect(ranked.map((r) => r.modelId)).toEqual([
      'higher-impact',
      'cheaper',
      'a',
      'b',
      'lower-impact',
    ]);
  });

  it('keeps the fields of each placement and leaves the input alone', () => {
    const input = [{ ...at('x', 0.9, 0.9), note: 'kept' }, at('y', 0.1, 0.9)];
    const copy = structuredClone(input);
    const ranked = rankPlacements(input);
    expect(ranked[1]).toMatchObject({ modelId: 'x', note: 'kept', rank: 2 });
    expect(input).toEqual(copy);
  });

  it('ranks nothing when nothing is placed', () => {
    expect(rankPlacements([])).toEqual([]);
  });
});
