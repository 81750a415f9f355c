import { describe, expect, it } from 'vitest';
import { clampPosition, clampUnit, isPosition } from '../../../../shared/domain/matrix';

describe('matrix space', () => {
  it('clamps values into [0, 1] and turns NaN into the centre', () => {
    expect(clampUnit(-0.2)).toBe(0);
    expect(clampUnit(1.7)).toBe(1);
    expect(clampUnit(0.25)).toBe(0.25);
    expect(clampUnit(Number.NaN)).toBe(0.5);
    expect(clampPosition({ x: Infinity, y: -Infinity })).toEqual({ x: 1, y: 0 });
  });

  it('recognises only finite positions inside the matrix', () => {
    expect(isPosition({ x: 0, y: 1 })).toBe(true);
    expect(isPosition({ x: 0.5, y: 1.01 })).toBe(false);
    expect(isPosition({ x: Number.NaN, y: 0.5 })).toBe(false);
    expect(isPosition({ x: '0.5', y: 0.5 })).toBe(false);
    expect(isPosition(null)).toBe(false);
    expect(isPosition([0.5, 0.5])).toBe(false);
  });
});
