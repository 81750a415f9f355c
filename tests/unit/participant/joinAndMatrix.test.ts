import { describe, expect, it } from 'vitest';
import { quadrantOf } from '@shared/domain/quadrant';
import { isJoinCode, joinCodeFromUrl } from '../../../renderer/participant/src/state/joinCode';
import {
  positionInBox,
  QUADRANT_CENTRES,
} from '../../../renderer/participant/src/state/matrixSpace';
import { dropPoint } from '../../../renderer/participant/src/state/dropPoint';
import { pickLocale } from '../../../renderer/participant/src/i18n/locale';
import { fill } from '../../../renderer/participant/src/i18n/text';

describe('join code from the address', () => {
  it('reads the code from the query or the fragment, tidied', () => {
    expect(joinCodeFromUrl('http://10.0.0.2:5000/?code=abc-234')).toBe('ABC234');
    expect(joinCodeFromUrl('http://10.0.0.2:5000/#code=ABC 234')).toBe('ABC234');
    expect(joinCodeFromUrl('http://10.0.0.2:5000/')).toBe('');
  });

  it('accepts only six characters of the unambiguous alphabet', () => {
    expect(isJoinCode('abc 234')).toBe(true);
    expect(isJoinCode('ABC23')).toBe(false);
    // 0, O, 1 and I are left out of join codes.
    expect(isJoinCode('ABC230')).toBe(false);
    expect(isJoinCode('ABCI23')).toBe(false);
  });
});

describe('matrix space on a phone', () => {
  const box = { left: 10, top: 100, width: 300, height: 300 };

  it('turns a screen point into resources (right) and impact (up)', () => {
    expect(positionInBox({ x: 10, y: 400 }, box)).toEqual({ x: 0, y: 0 });
    expect(positionInBox({ x: 310, y: 100 }, box)).toEqual({ x: 1, y: 1 });
    expect(positionInBox({ x: 100, y: 190 }, box)).toEqual({ x: 0.3, y: 0.7 });
  });

  it('keeps a drop beyond the edge inside the matrix', () => {
    expect(positionInBox({ x: -50, y: 900 }, box)).toEqual({ x: 0, y: 0 });
  });

  it('places a keyboard choice in the middle of the quadrant it names', () => {
    for (const [name, centre] of Object.entries(QUADRANT_CENTRES)) {
      expect(quadrantOf(centre)).toBe(name);
    }
  });

  it('lands a finger drag under the finger and a keyboard drag at the item centre', () => {
    const touch = {
      touches: [{ clientX: 20, clientY: 30 }],
      changedTouches: [],
    } as unknown as Event;
    expect(dropPoint(touch, { x: 5, y: -10 }, null)).toEqual({ x: 25, y: 20 });
    const key = { key: ' ' } as unknown as Event;
    const rect = { left: 100, top: 200, width: 40, height: 40 };
    expect(dropPoint(key, { x: 0, y: 0 }, rect)).toEqual({ x: 120, y: 220 });
  });
});

describe('participant page language', () => {
  it('follows a choice made on the device, else the browser, else Swedish', () => {
    expect(pickLocale('en', ['fi-FI'])).toBe('en');
    expect(pickLocale(null, ['de-DE', 'fi-FI'])).toBe('fi');
    expect(pickLocale('xx', ['de-DE'])).toBe('sv');
  });

  it('fills placeholders as plain text', () => {
    expect(fill('Round {{round}}', { round: 2 })).toBe('Round 2');
    expect(fill('{{title}} is selected', { title: '<b>x</b>' })).toBe('<b>x</b> is selected');
  });
});
