import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/domain/round';
import { latestRound } from '@shared/domain/roundChanges';
import { useVoices } from '../../db/useVoices';
import { useWorkshop } from '../../db/useWorkshop';
import { platform } from '../../platform/platform';
import type { SessionTarget } from './hostLink';
import { JoinScreen } from './JoinScreen';
import { NetworkCheck } from './NetworkCheck';
import { useSessionHost } from './useSessionHost';

type Props = {
  workshopId: string;
  target: SessionTarget;
  /** Opens the join screen at once (a session just started). */
  showJoin: boolean;
  /** The desktop started the session's server again (same code; same port when free). */
  onRestarted: (target: SessionTarget) => void;
  onEnded: () => void;
};

/** Where the server listened: the address and port of its join address, if readable. */
function listeningAt(joinUrl: string | null): { address: string; port: number } | null {
  if (!joinUrl) return null;
  try {
    const url = new URL(joinUrl);
    return { address: url.hostname, port: Number(url.port) };
  } catch {
    return null;
  }
}

const NO_ROUNDS: readonly Round[] = [];

/**
 * The host's controls beside the round bar: the connection, who joined and who is ready, the
 * join screen for the room, the network check, sharing a revealed round's pooled view, and
 * ending the session.
 */
export function SessionHostBar({ workshopId, target, showJoin, onRestarted, onEnded }: Props) {
  const { t } = useTranslation();
  const voices = useVoices(workshopId);
  const workshop = useWorkshop(workshopId);
  const rounds = voices?.rounds ?? NO_ROUNDS;
  const { session, status, progress } = useSessionHost(workshopId, target, rounds);
  const [shown, setShown] = useState<'join' | 'network' | null>(showJoin ? 'join' : null);
  const [notice, setNotice] = useState('');
  const [restarting, setRestarting] = useState(false);
  const setup = workshop?.setup;
  // Groups or anonymity changed: joining people are offered what the workshop has now.
  useEffect(() => {
    if (setup) session.syncJoinOptions();
  }, [session, setup]);
  const bridge = platform.session;
  const where = listeningAt(target.joinUrl);
  const canRestart = bridge !== null && where !== null && target.joinCode !== null;
  const latest = latestRound(rounds);
  const seats = progress?.seats ?? [];
  const counts = t('session.counts', {
    joined: seats.length,
    ready: seats.filter((seat) => seat.ready).length,
  });
  const notReady = workshop?.setup.anonymous
    ? []
    : (progress?.notReady.names ?? []).map(
        ({ name, seat }) => name || t('session.participantNumber', { number: seat }),
      );

  /**
   * The server went away (the host cannot reach it): start it again with the same code, on
   * the same port when it is free, and connect to it; the seats come back from the database.
   */
  const restart = async () => {
    if (!bridge || !where || !target.joinCode) return;
    setRestarting(true);
    const result = await bridge.start(where.address, {
      port: where.port,
      joinCode: target.joinCode,
    });
    setRestarting(false);
    if (!result.ok) {
      setNotice(t('session.restartFailed', { message: result.message ?? result.reason }));
      return;
    }
    const { session: started } = result;
    const moved = started.joinUrl !== target.joinUrl;
    setNotice(t(moved ? 'session.restartedMoved' : 'session.restartedSame'));
    if (moved) setShown('join');
    onRestarted({
      hostSocketUrl: started.hostSocketUrl,
      hostToken: started.hostToken,
      joinUrl: started.joinUrl,
      joinCode: started.joinCode,
    });
  };

  const end = () => {
    session.end();
    void platform.session?.stop();
    onEnded();
  };
  const share = () => {
    if (latest?.state !== 'revealed') return;
    session.sharePooled();
    setNotice(t('session.pooledShared', { number: latest.number }));
  };

  return (
    <div className="session-bar" role="group" aria-label={t('session.heading')}>
      <p className="session-status" role="status">
        <span className={`session-dot session-dot-${status}`} aria-hidden="true" />
        {t(`session.status_${status}`)}
        {status === 'connected' && ` · ${counts}`}
      </p>
      {status === 'ended' ? (
        <button type="button" onClick={onEnded}>
          {t('session.close')}
        </button>
      ) : (
        <>
          {canRestart && status === 'reconnecting' && (
            <button type="button" disabled={restarting} onClick={() => void restart()}>
              {t('session.restartServer')}
            </button>
          )}
          <button type="button" onClick={() => setShown('join')}>
            {t('session.joinScreen')}
          </button>
          <button type="button" onClick={() => setShown('network')}>
            {t('session.networkCheck')}
          </button>
          <button
            type="button"
            disabled={status !== 'connected' || latest?.state !== 'revealed'}
            onClick={share}
          >
            {t('session.sharePooled')}
          </button>
          <button type="button" onClick={end}>
            {t('session.endSession')}
          </button>
        </>
      )}
      <p className="session-notice" role="status">
        {notice}
      </p>
      {shown === 'join' && (
        <JoinScreen
          target={target}
          counts={counts}
          notReady={notReady}
          onClose={() => setShown(null)}
        />
      )}
      {shown === 'network' && <NetworkCheck target={target} onClose={() => setShown(null)} />}
    </div>
  );
}
