import { describe, expect, it } from 'vitest';
import {
  applies,
  invert,
  isNoOp,
  sameValue,
  type AtomicChange,
  type Change,
} from '../../../../shared/domain/changes';

const move = (from: AtomicChange['from'], to: AtomicChange['to']): AtomicChange =>
  ({ kind: 'placement.set', workshopId: 'w', modelId: 'm', from, to }) as AtomicChange;

describe('invert', () => {
  it('swaps from and to and keeps the keys', () => {
    const change: Change = {
      kind: 'vote.set',
      workshopId: 'w',
      round: 2,
      participantId: 'p',
      modelId: 'm',
      from: 'skip',
      to: { x: 0.2, y: 0.8 },
    };
    expect(invert(change)).toEqual({ ...change, from: { x: 0.2, y: 0.8 }, to: 'skip' });
  });

  it('reverses the order of a batch, so later parts are undone first', () => {
    const batch: Change = {
      kind: 'batch',
      workshopId: 'w',
      label: 'participant.remove',
      changes: [move(null, { x: 0.1, y: 0.1 }), move({ x: 0.1, y: 0.1 }, { x: 0.9, y: 0.9 })],
    };
    const inverse = invert(batch);
    expect(inverse.kind).toBe('batch');
    if (inverse.kind !== 'batch') return;
    expect(inverse.changes.map((c) => [c.from, c.to])).toEqual([
      [
        { x: 0.9, y: 0.9 },
        { x: 0.1, y: 0.1 },
      ],
      [{ x: 0.1, y: 0.1 }, null],
    ]);
  });

  it('is its own inverse', () => {
    const change = move({ x: 0.3, y: 0.4 }, null);
    expect(invert(invert(change))).toEqual(change);
  });
});

describe('applies', () => {
  it('only when the target is still where `from` says', () => {
    const change = move({ x: 0.3, y: 0.4 }, { x: 0.5, y: 0.5 });
    expect(applies(change, { x: 0.3, y: 0.4 })).toBe(true);
    expect(applies(change, { y: 0.4, x: 0.3 })).toBe(true);
    expect(applies(change, { x: 0.3, y: 0.41 })).toBe(false);
    expect(applies(change, null)).toBe(false);
    expect(applies(move(null, { x: 1, y: 1 }), undefined)).toBe(true);
    expect(applies(move(null, { x: 1, y: 1 }), 'skip')).toBe(false);
  });
});

describe('sameValue', () => {
  it('compares plain data deeply, whatever the key order', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(0, -0)).toBe(false);
  });
});

describe('isNoOp', () => {
  it('is true for a card dropped where it lay, false for a real move', () => {
    expect(isNoOp(move({ x: 0.2, y: 0.2 }, { x: 0.2, y: 0.2 }))).toBe(true);
    expect(isNoOp(move({ x: 0.2, y: 0.2 }, { x: 0.2, y: 0.3 }))).toBe(false);
  });
});
