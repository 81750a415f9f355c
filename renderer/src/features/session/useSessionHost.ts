import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Round } from '@shared/domain/round';
import { HostSession } from './hostSession';
import type { SessionTarget } from './hostLink';

/**
 * The facilitator's app as host of one session while the component is shown: connects (and
 * reconnects), writes participants' changes, and mirrors every change of the workshop's rounds
 * to the server. Unmounting lets go of the socket; the session goes on without a host.
 */
export function useSessionHost(
  workshopId: string,
  target: SessionTarget,
  rounds: readonly Round[],
) {
  const { hostSocketUrl, hostToken } = target;
  const session = useMemo(
    () => new HostSession(workshopId, hostSocketUrl, hostToken),
    [workshopId, hostSocketUrl, hostToken],
  );
  useEffect(() => {
    session.connect();
    return () => session.close();
  }, [session]);

  // Rounds change by the facilitator's actions, undo and redo alike: each reaches the server.
  useEffect(() => {
    session.syncRounds();
  }, [session, rounds]);

  const snapshot = useSyncExternalStore(session.subscribe, session.current);
  return { session, ...snapshot };
}
