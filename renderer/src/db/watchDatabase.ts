import { db as appDatabase, type WorkshopDatabase } from './db';

let blocked = false;
const listeners = new Set<() => void>();

/**
 * Keeps two windows from corrupting each other: a newer version opened elsewhere closes this
 * connection and reloads; an older one still open blocks the upgrade, and the user is told.
 */
export function watchDatabase(
  db: WorkshopDatabase = appDatabase,
  reload: () => void = () => location.reload(),
): void {
  db.on('versionchange', () => {
    db.close();
    reload();
    return false;
  });
  const setBlocked = (value: boolean) => {
    blocked = value;
    listeners.forEach((notify) => notify());
  };
  db.on('blocked', () => setBlocked(true));
  // Once the old window lets go, the upgrade goes on and the warning has done its job.
  db.on('ready', () => setBlocked(false));
}

/** For useSyncExternalStore: whether another window holds the database on an older version. */
export const databaseBlocked = {
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => listeners.delete(notify);
  },
  get: () => blocked,
};
