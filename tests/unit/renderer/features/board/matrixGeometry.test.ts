import { describe, expect, it } from 'vitest';
import {
  boxContains,
  pointToPosition,
} from '../../../../../renderer/src/features/board/matrixGeometry';

const box = { left: 100, top: 50, width: 400, height: 400 };

describe('pixels ⇄ matrix space', () => {
  it('maps the corners: top-left is few resources and high impact', () => {
    expect(pointToPosition({ x: 100, y: 50 }, box)).toEqual({ x: 0, y: 1 });
    expect(pointToPosition({ x: 500, y: 450 }, box)).toEqual({ x: 1, y: 0 });
    expect(pointToPosition({ x: 300, y: 250 }, box)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('puts points beyond the edge on the edge', () => {
    expect(pointToPosition({ x: 0, y: 900 }, box)).toEqual({ x: 0, y: 0 });
  });

  it('knows which points are inside, edges included', () => {
    expect(boxContains(box, { x: 100, y: 450 })).toBe(true);
    expect(boxContains(box, { x: 99.9, y: 200 })).toBe(false);
  });
});
