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

/**
 * What a run did. `nothing-new` (no workshops, or the data is already in the newest backup)
 * wrote no file, so it does not hold the next backup back; a written or failed one does.
 */
export type BackupRunOutcome = 'written' | 'nothing-new' | 'failed';

/** Where the scheduler stands, for the backup status. */
export type BackupSchedule = {
  /** When changes not yet in a backup will be backed up; null when none are waiting. */
  dueAt: number | null;
  running: boolean;
};

export type BackupScheduler = {
  /** Runs a backup now (once at start). */
  start(): void;
  /** Notes a change; a backup follows by the timing rules. */
  changed(): void;
  /** Stops; no backup runs afterwards. */
  dispose(): void;
};

type Options = {
  timing?: BackupTiming;
  /** Told whenever the next backup time or the running state changes. */
  onSchedule?: (schedule: BackupSchedule) => void;
};

/**
 * Decides when to back up: `quietMs` after the last change, or `maxWaitMs` after the first
 * unsaved one, but never sooner than `minIntervalMs` after the previous backup that wrote or
 * tried to write a file, and never two at once. `run` reports its own failures; a rejection
 * here counts as a failed run.
 */
export function createBackupScheduler(
  run: () => Promise<BackupRunOutcome>,
  { timing = DEFAULT_BACKUP_TIMING, onSchedule = () => undefined }: Options = {},
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
    if (disposed || running) return;
    if (firstChange === null) {
      onSchedule({ dueAt: null, running: false });
      return;
    }
    const due = Math.max(
      Math.min(lastChange + timing.quietMs, firstChange + timing.maxWaitMs),
      lastRun + timing.minIntervalMs,
    );
    timer = setTimeout(fire, Math.max(0, due - Date.now()));
    onSchedule({ dueAt: Math.max(due, Date.now()), running: false });
  }

  function fire() {
    timer = undefined;
    if (disposed) return;
    running = true;
    const startedAt = Date.now();
    // Changes from here on are not in this backup: they start a new wait.
    firstChange = null;
    onSchedule({ dueAt: null, running: true });
    run()
      .catch((): BackupRunOutcome => 'failed')
      .then((outcome) => {
        // A start-up run that found an empty database must not delay a new user's first backup.
        if (outcome !== 'nothing-new') lastRun = startedAt;
      })
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
