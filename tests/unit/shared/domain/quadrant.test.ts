import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../../../shared/domain/quadrant';

describe('quadrantOf', () => {
  it.each([
    [{ x: 0.1, y: 0.9 }, 'quick-wins'],
    [{ x: 0.9, y: 0.9 }, 'strategic'],
    [{ x: 0.1, y: 0.1 }, 'fill-ins'],
    [{ x: 0.9, y: 0.1 }, 'reconsider'],
    [{ x: 0, y: 1 }, 'quick-wins'],
    [{ x: 1, y: 0 }, 'reconsider'],
  ] as const)('%o lies in %s', (position, quadrant) => {
    expect(quadrantOf(position)).toBe(quadrant);
  });

  it('counts the midlines to the favourable side: as high impact and few resources', () => {
    expect(quadrantOf({ x: 0.5, y: 0.5 })).toBe('quick-wins');
    expect(quadrantOf({ x: 0.5, y: 0.2 })).toBe('fill-ins');
    expect(quadrantOf({ x: 0.8, y: 0.5 })).toBe('strategic');
    expect(quadrantOf({ x: 0.5000001, y: 0.4999999 })).toBe('reconsider');
  });
});
