/** When automatic backups run, in milliseconds. */
export type BackupTiming = {
  /** Quiet time after the last change before a backup. */
  quietMs: number;
  /** Longest a change waits while changes keep coming (a busy workshop never goes quiet). */
  maxWaitMs: number;
  /** Shortest time between two backups. */
  minIntervalMs: number;
};

export const DEFAULT_BACKUP_TIMING: BackupTiming = {
  quietMs: 30_000,
  maxWaitMs: 5 * 60_000,
  minIntervalMs: 5 * 60_000,
};

export type BackupScheduler = {
  /** Runs a backup now (once at start). */
  start(): void;
  /** Notes a change; a backup follows by the timing rules. */
  changed(): void;
  /** Stops; no backup runs afterwards. */
  dispose(): void;
};

/**
 * Decides when to back up: `quietMs` after the last change, or `maxWaitMs` after the first
 * unsaved one, but never sooner than `minIntervalMs` after the previous backup, and never two
 * at once. `run` reports its own failures; a rejection here only ends that one run.
 */
export function createBackupScheduler(
  run: () => Promise<unknown>,
  timing: BackupTiming = DEFAULT_BACKUP_TIMING,
): BackupScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  let firstChange: number | null = null;
  let lastChange = 0;
  let running = false;
  let disposed = false;

  function plan() {
    clearTimeout(timer);
    timer = undefined;
    if (disposed || running || firstChange === null) return;
    const due = Math.max(
      Math.min(lastChange + timing.quietMs, firstChange + timing.maxWaitMs),
      lastRun + timing.minIntervalMs,
    );
    timer = setTimeout(fire, Math.max(0, due - Date.now()));
  }

  function fire() {
    timer = undefined;
    if (disposed) return;
    running = true;
    lastRun = Date.now();
    // Changes from here on are not in this backup: they start a new wait.
    firstChange = null;
    run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        plan();
      });
  }

  return {
    start: () => {
      if (!running) fire();
    },
    changed() {
      const now = Date.now();
      firstChange ??= now;
      lastChange = now;
      plan();
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
