import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBackupScheduler,
  type BackupRunOutcome,
  type BackupSchedule,
} from '../../../../../renderer/src/features/backup/backupScheduler';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 30, 9));
});
afterEach(() => {
  vi.useRealTimers();
});

/** A scheduler whose runs answer `outcomes` in turn, then 'written'. */
function setUp(...outcomes: BackupRunOutcome[]) {
  const run = vi.fn(async (): Promise<BackupRunOutcome> => outcomes.shift() ?? 'written');
  const schedules: BackupSchedule[] = [];
  const scheduler = createBackupScheduler(run, {
    onSchedule: (schedule) => schedules.push(schedule),
  });
  return { run, scheduler, schedules };
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
    const run = vi.fn(
      () => new Promise<BackupRunOutcome>((resolve) => (finish = () => resolve('written'))),
    );
    const scheduler = createBackupScheduler(run, {
      timing: { quietMs: 1, maxWaitMs: 1, minIntervalMs: 1 },
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
    const run = vi.fn(async (): Promise<BackupRunOutcome> => {
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

  it("backs up a new user's first changes 30 s after them: an empty start does not count", async () => {
    const { run, scheduler } = setUp('nothing-new');
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    scheduler.changed(); // the first workshop
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    scheduler.changed(); // its first placement
    await vi.advanceTimersByTimeAsync(29 * SECOND);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(run).toHaveBeenCalledTimes(2);

    // That backup wrote a file: the next waits the five minutes again.
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(4 * MINUTE + 59 * SECOND);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('an unchanged backup does not hold back the next, a failed one does', async () => {
    const unchanged = setUp('written', 'nothing-new');
    unchanged.scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * MINUTE);
    unchanged.scheduler.changed(); // and changed back: the data is as in the newest backup
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(unchanged.run).toHaveBeenCalledTimes(2);
    unchanged.scheduler.changed();
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(unchanged.run).toHaveBeenCalledTimes(3);
    unchanged.scheduler.dispose();

    const failed = setUp('failed');
    failed.scheduler.start();
    failed.scheduler.changed();
    await vi.advanceTimersByTimeAsync(4 * MINUTE + 59 * SECOND);
    expect(failed.run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(failed.run).toHaveBeenCalledTimes(2);
  });

  it('tells when the next backup is due and while one runs', async () => {
    const { scheduler, schedules } = setUp('nothing-new');
    scheduler.start();
    expect(schedules).toEqual([{ dueAt: null, running: true }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(schedules.at(-1)).toEqual({ dueAt: null, running: false });

    scheduler.changed();
    expect(schedules.at(-1)).toEqual({ dueAt: Date.now() + 30 * SECOND, running: false });
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(schedules.slice(-2)).toEqual([
      { dueAt: null, running: true },
      { dueAt: null, running: false },
    ]);
  });
});
