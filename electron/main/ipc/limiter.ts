import type { RequestLimit } from '@shared/ipc/contract';

/** What `run` answers when a request is over its limit. */
export const REFUSED = Symbol('refused');

export type Limiter = {
  /** Runs `task` when a slot is free, or refuses it at once when the line or the rate is full. */
  run<T>(task: () => Promise<T>): Promise<T | typeof REFUSED>;
};

/**
 * A concurrency limit with a short line behind it, and a rate limit (a token bucket holding
 * `perMinute` tokens, refilled evenly). A refused request costs nothing; it is not queued.
 */
export function createLimiter(limit: RequestLimit, now: () => number = Date.now): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  let tokens = limit.perMinute;
  let refilledAt = now();

  const refill = () => {
    const time = now();
    tokens = Math.min(limit.perMinute, tokens + ((time - refilledAt) * limit.perMinute) / 60_000);
    refilledAt = time;
  };

  return {
    async run(task) {
      refill();
      const full = active >= limit.concurrent;
      if (tokens < 1 || (full && waiting.length >= limit.queued)) return REFUSED;
      tokens -= 1;
      // A finishing request hands its slot straight to the next in line, so no newcomer can
      // slip in between and exceed the limit.
      if (full) await new Promise<void>((resolve) => waiting.push(resolve));
      else active += 1;
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
  };
}
