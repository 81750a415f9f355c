import { useState } from 'react';
import { SessionHostBar } from './SessionHostBar';
import { SessionStartDialog } from './SessionStartDialog';
import type { SessionTarget } from './hostLink';
import { storeSession, storedSession } from './sessionStore';
import './session.css';

type Props = { workshopId: string; onClose: () => void };

/** A session for one workshop: first how to start or reach it, then the host's controls. */
export function SessionArea({ workshopId, onClose }: Props) {
  const [target, setTarget] = useState<SessionTarget | null>(() => storedSession(workshopId));
  // A session just started shows its join screen; one resumed after a reload does not.
  const [justStarted, setJustStarted] = useState(false);
  if (!target) {
    return (
      <SessionStartDialog
        onStarted={(started) => {
          storeSession(workshopId, started);
          setTarget(started);
          setJustStarted(true);
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <SessionHostBar
      workshopId={workshopId}
      target={target}
      showJoin={justStarted}
      onRestarted={(restarted) => {
        storeSession(workshopId, restarted);
        setTarget(restarted);
      }}
      onEnded={() => {
        storeSession(workshopId, null);
        onClose();
      }}
    />
  );
}
