import { db } from './db';

/**
 * Keeps two windows from corrupting each other: a newer version opened elsewhere closes this
 * connection and reloads; an older one still open blocks the upgrade, and the user is told.
 */
export function watchDatabase(onBlocked: () => void = () => undefined): void {
  db.on('versionchange', () => {
    db.close();
    location.reload();
    return false;
  });
  db.on('blocked', () => onBlocked());
}
