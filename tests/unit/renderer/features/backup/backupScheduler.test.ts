import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupScheduler } from '../../../../../renderer/src/features/backup/backupScheduler';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 30, 9));
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const run = vi.fn(async () => undefined);
  const scheduler = createBackupScheduler(run);
  return { run, scheduler };
}

describe('backup scheduler', () => {
  it('backs up once at start, and not again without changes', async () => {
    const { run, scheduler } = setUp();
    scheduler.start();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits 30 s after the last change, and at least 5 minutes after the last backup', async () => {
    const { run, scheduler } = setUp();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(20 * SECOND);
    scheduler.changed(); // restarts the quiet time
    await vi.advanceTimersByTimeAsync(29 * SECOND);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(run).toHaveBeenCalledTimes(2);

    // Another change right after: the quiet time passes, but five minutes have not.
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(4 * MINUTE + 59 * SECOND);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('backs up every 5 minutes while changes never stop', async () => {
    const { run, scheduler } = setUp();
    scheduler.start();
    for (let i = 0; i < 6 * 60; i++) {
      await vi.advanceTimersByTimeAsync(10 * SECOND);
      scheduler.changed();
    }
    // One at start plus one per five minutes of an hour's steady work.
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(12);
    expect(run.mock.calls.length).toBeLessThanOrEqual(13);
  });

  it('never runs two backups at once', async () => {
    let finish = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const scheduler = createBackupScheduler(run, {
      quietMs: 1,
      maxWaitMs: 1,
      minIntervalMs: 1,
    });
    scheduler.start();
    scheduler.start();
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(2); // the change made during the first run
  });

  it('keeps going after a failed run, and stops for good when disposed', async () => {
    const run = vi.fn(async () => {
      throw new Error('disk full');
    });
    const scheduler = createBackupScheduler(run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * MINUTE);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(31 * SECOND);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.changed();
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
