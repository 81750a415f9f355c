import { useCallback, useEffect, useMemo, useRef } from 'react';

type Edit<T> = { value: T; settled: boolean };

/**
 * What this dialog last asked to store, per key, until the database reports it back through
 * the props. A second edit made before then (a double click on a checkbox, a rename followed
 * at once by a group change) builds on the first instead of on the value the screen still
 * shows, which would undo the first edit. `reported` is what changes identity whenever the
 * database reports back (the live-query result); entries whose write has settled are dropped
 * then. A failed write drops its entry at once.
 */
export function usePendingEdits<T>(reported: unknown) {
  const edits = useRef(new Map<string, Edit<T>>());

  useEffect(() => {
    for (const [key, edit] of edits.current) if (edit.settled) edits.current.delete(key);
  }, [reported]);

  const latest = useCallback((key: string, shown: T): T => {
    const edit = edits.current.get(key);
    return edit ? edit.value : shown;
  }, []);

  const send = useCallback(async (key: string, value: T, write: () => Promise<void>) => {
    const edit: Edit<T> = { value, settled: false };
    edits.current.set(key, edit);
    try {
      await write();
      edit.settled = true;
    } catch (error) {
      if (edits.current.get(key) === edit) edits.current.delete(key);
      throw error;
    }
  }, []);

  return useMemo(() => ({ latest, send }), [latest, send]);
}
