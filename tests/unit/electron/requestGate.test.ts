// The gate's limits: what a compromised page can ask of the main process at once and per minute.
import { describe, expect, it } from 'vitest';
import { gateRequest } from '../../../electron/main/ipc/gate';
import { createLimiter, REFUSED } from '../../../electron/main/ipc/limiter';
import { INVOKE_CONTRACT } from '../../../shared/ipc/contract';

const APP_FRAME = 'app://bundle/index.html';
const BUSY = { ok: false, reason: 'invalid-request', message: 'busy' };
const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

/** A promise with its resolve function, to hold a handler open. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('plan:save', () => {
  it('opens one save dialog at a time: 25 requests at once reach the handler once', async () => {
    const open = deferred<{ ok: true; path: string }>();
    let calls = 0;
    const save = gateRequest('savePlan', async () => {
      calls += 1;
      return open.promise;
    });
    const requests = Array.from({ length: 25 }, (_, i) =>
      save(APP_FRAME, { suggestedName: `plan ${i}`, bytes: PDF }),
    );
    open.resolve({ ok: true, path: '/home/u/plan.pdf' });
    const results = await Promise.all(requests);
    expect(calls).toBe(1);
    expect(results[0]).toEqual({ ok: true, path: '/home/u/plan.pdf' });
    expect(results.slice(1)).toEqual(Array(24).fill(BUSY));
    // The dialog closed: the next save goes through.
    await expect(save(APP_FRAME, { suggestedName: 'again', bytes: PDF })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('backup:write', () => {
  it('writes one at a time with a short line behind it, and refuses the rest at once', async () => {
    const { concurrent, queued } = INVOKE_CONTRACT.writeBackup.limit;
    let running = 0;
    let most = 0;
    const release: Array<() => void> = [];
    const write = gateRequest('writeBackup', async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((done) => release.push(done));
      running -= 1;
      return { ok: true as const, id: 'backup-20260101T000000000Z.json', unchanged: false };
    });
    const requests = Array.from({ length: 50 }, () => write(APP_FRAME, '{"a":1}'));
    // Let the queued ones through one by one.
    while (release.length > 0 || running > 0) {
      release.shift()?.();
      await new Promise((done) => setTimeout(done, 0));
    }
    const results = await Promise.all(requests);
    expect(most).toBe(concurrent);
    expect(results.filter((result) => result.ok)).toHaveLength(concurrent + queued);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(50 - concurrent - queued).fill(BUSY),
    );
  });
});

describe('createLimiter', () => {
  it('allows a burst of perMinute, then refills evenly over the minute', async () => {
    let now = 0;
    const limiter = createLimiter({ concurrent: 10, queued: 0, perMinute: 6 }, () => now);
    const run = () => limiter.run(async () => 'done');
    const burst = await Promise.all(Array.from({ length: 8 }, run));
    expect(burst.filter((result) => result === 'done')).toHaveLength(6);
    expect(burst.filter((result) => result === REFUSED)).toHaveLength(2);
    now += 9_999; // just under one token's refill (10 s)
    await expect(run()).resolves.toBe(REFUSED);
    now += 1;
    await expect(run()).resolves.toBe('done');
    now += 10 * 60_000; // a long pause fills the bucket, but never beyond perMinute
    const after = await Promise.all(Array.from({ length: 8 }, run));
    expect(after.filter((result) => result === 'done')).toHaveLength(6);
  });

  it('a failing request frees its slot for the next in line', async () => {
    const limiter = createLimiter({ concurrent: 1, queued: 1, perMinute: 100 });
    const failing = limiter.run(async () => {
      throw new Error('disk full');
    });
    const next = limiter.run(async () => 'written');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('written');
    await expect(limiter.run(async () => 'again')).resolves.toBe('again');
  });

  it('every request of the contract has a limit that allows the app its own use', () => {
    for (const [method, { limit }] of Object.entries(INVOKE_CONTRACT)) {
      expect(limit.concurrent, method).toBeGreaterThanOrEqual(1);
      expect(limit.perMinute, method).toBeGreaterThanOrEqual(10);
      expect(limit.queued, method).toBeLessThanOrEqual(4);
    }
  });
});
