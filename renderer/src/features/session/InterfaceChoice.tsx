import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInterface } from '@shared/ipc/types';
import type { SessionBridge } from '../../platform/platform';
import type { SessionTarget } from './hostLink';
import { cleanJoinCode, cleanJoinUrl } from './hostLink';

const LOOPBACK = '127.0.0.1';

type Props = { bridge: SessionBridge; onStarted: (target: SessionTarget) => void };

/** The desktop's start: the facilitator picks the one network the session listens on. */
export function InterfaceChoice({ bridge, onStarted }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const [interfaces, setInterfaces] = useState<SessionInterface[]>([]);
  const [address, setAddress] = useState(LOOPBACK);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    void bridge.listInterfaces().then((result) => {
      if (!live || !result.ok) return;
      setInterfaces(result.interfaces);
      // The first real network is what a room of phones needs; loopback is for trying it out.
      if (result.interfaces[0]) setAddress(result.interfaces[0].address);
    });
    return () => {
      live = false;
    };
  }, [bridge]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    const result = await bridge.start(address);
    setBusy(false);
    if (result.ok) {
      const { session } = result;
      return onStarted({
        hostSocketUrl: session.hostSocketUrl,
        hostToken: session.hostToken,
        joinUrl: cleanJoinUrl(session.joinUrl),
        joinCode: cleanJoinCode(session.joinCode),
      });
    }
    setError(
      result.reason === 'unknown-interface'
        ? t('session.unknownInterface')
        : t('session.startFailed', { message: result.message ?? result.reason }),
    );
  };

  return (
    <form onSubmit={(event) => void start(event)} className="session-form">
      <label htmlFor={selectId}>{t('session.interface')}</label>
      <select id={selectId} value={address} onChange={(event) => setAddress(event.target.value)}>
        {interfaces.map((entry) => (
          <option key={`${entry.name} ${entry.address}`} value={entry.address}>
            {entry.name} – {entry.address}
          </option>
        ))}
        <option value={LOOPBACK}>{t('session.loopbackOnly')}</option>
      </select>
      {error && (
        <p role="alert" className="session-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} data-autofocus>
        {busy ? t('session.starting') : t('session.start')}
      </button>
    </form>
  );
}
