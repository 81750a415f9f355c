import { db as appDatabase, NewerDatabaseError, type WorkshopDatabase } from './db';

/** Whether an error is, or wraps, the refusal to open a database made by a newer app. */
export function isNewerDatabaseError(error: unknown): error is Error {
  if (error instanceof NewerDatabaseError) return true;
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof NewerDatabaseError;
}

/**
 * Opens the database and answers whether it was made by a newer version of the app (then it
 * stays closed: nothing is read or written). An open that waits on another window (blocked) is
 * not held up for long: the app starts and says so itself.
 */
export async function databaseIsNewer(
  database: WorkshopDatabase = appDatabase,
  waitMs = 1500,
): Promise<boolean> {
  const opened = database.open().then(
    () => false,
    (error: unknown) => isNewerDatabaseError(error),
  );
  const waited = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs));
  return Promise.race([opened, waited]);
}
