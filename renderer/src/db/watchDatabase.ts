import { db } from './db';

let blocked = false;
const listeners = new Set<() => void>();

/**
 * Keeps two windows from corrupting each other: a newer version opened elsewhere closes this
 * connection and reloads; an older one still open blocks the upgrade, and the user is told.
 */
export function watchDatabase(): void {
  db.on('versionchange', () => {
    db.close();
    location.reload();
    return false;
  });
  db.on('blocked', () => {
    blocked = true;
    listeners.forEach((notify) => notify());
  });
}

/** For useSyncExternalStore: whether another window holds the database on an older version. */
export const databaseBlocked = {
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => listeners.delete(notify);
  },
  get: () => blocked,
};
