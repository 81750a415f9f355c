import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, reconnectDelay } from '../../../renderer/participant/src/state/backoff';

describe('reconnect backoff', () => {
  it('starts at half a second and doubles up to eight seconds', () => {
    const delays = [0, 1, 2, 3, 4, 5, 9].map((attempt) => reconnectDelay(attempt, 0));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads phones out by up to a fifth, never above the ceiling', () => {
    expect(reconnectDelay(0, 0.999)).toBeGreaterThanOrEqual(400);
    expect(reconnectDelay(0, 0.999)).toBeLessThan(500);
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(reconnectDelay(attempt, Math.random())).toBeLessThanOrEqual(MAX_DELAY_MS);
    }
  });
});
