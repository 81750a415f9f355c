import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../../../shared/domain/workshop';
import { matrixCards } from '../../../../../renderer/src/features/board/matrixCards';

const placed = (modelId: string, x: number, y: number): Placement => ({
  workshopId: 'w',
  modelId,
  position: { x, y },
  updatedAt: 0,
});

describe('matrixCards', () => {
  it('lists cards in plan order with plain positions and their quadrant', () => {
    const titles: Record<string, string> = { a: 'A', b: 'B', c: 'C' };
    const cards = matrixCards(
      [placed('a', 0.9, 0.1), placed('b', 0.2, 0.9), placed('c', 0.8, 0.7)],
      (id) => titles[id],
    );
    expect(cards).toEqual([
      { modelId: 'b', title: 'B', x: 0.2, y: 0.9, quadrant: 'quick-wins' },
      { modelId: 'c', title: 'C', x: 0.8, y: 0.7, quadrant: 'strategic' },
      { modelId: 'a', title: 'A', x: 0.9, y: 0.1, quadrant: 'reconsider' },
    ]);
  });

  it('leaves out placements of models it has no title for', () => {
    const cards = matrixCards([placed('known', 0.2, 0.2), placed('stale', 0.3, 0.3)], (id) =>
      id === 'known' ? 'Known' : undefined,
    );
    expect(cards.map((card) => card.modelId)).toEqual(['known']);
  });
});
