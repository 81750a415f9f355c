import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInterface } from '@shared/ipc/types';
import { platform } from '../../platform/platform';
import { Modal } from '../../ui/Modal';
import type { SessionTarget } from './hostLink';

type Props = { target: SessionTarget; onClose: () => void };

/**
 * Why phones may not reach the session, and how to check: the computer's networks, the usual
 * blockers, and the join page opened on this computer.
 */
export function NetworkCheck({ target, onClose }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const bridge = platform.session;
  const [interfaces, setInterfaces] = useState<SessionInterface[] | null>(null);
  const check = useCallback(() => {
    void bridge
      ?.listInterfaces()
      .then((result) => setInterfaces(result.ok ? result.interfaces : []));
  }, [bridge]);
  useEffect(check, [check]);

  return (
    <Modal labelledBy={headingId} onClose={onClose} className="session-dialog">
      <h2 id={headingId}>{t('session.networkHeading')}</h2>
      <h3>{t('session.interfacesHeading')}</h3>
      {!bridge && (
        <>
          <p>{t('session.webInterfaces')}</p>
          <p>
            <code className="command">npm run session -- --list-interfaces</code>
          </p>
          <p>{t('session.webInterfacesThen')}</p>
        </>
      )}
      {bridge && interfaces?.length === 0 && <p role="alert">{t('session.noInterfaces')}</p>}
      {bridge && interfaces && interfaces.length > 0 && (
        <ul className="interface-list">
          {interfaces.map((entry) => (
            <li key={`${entry.name} ${entry.address}`}>
              {entry.name}: <span className="join-address">{entry.address}</span>
            </li>
          ))}
        </ul>
      )}
      {bridge && (
        <button type="button" onClick={check}>
          {t('session.checkAgain')}
        </button>
      )}
      <h3>{t('session.blockersHeading')}</h3>
      <ul>
        <li>{t('session.blockerFirewall')}</li>
        <li>{t('session.blockerGuestWifi')}</li>
        <li>{t('session.blockerVpn')}</li>
      </ul>
      {target.joinUrl && (
        <>
          <h3>{t('session.testHeading')}</h3>
          {/* The desktop window opens no other pages: there the address goes to a browser. */}
          {platform.kind === 'web' ? (
            <p>
              <a href={target.joinUrl} target="_blank" rel="noreferrer">
                {t('session.testLink')}
              </a>
            </p>
          ) : (
            <p>{t('session.testDesktop', { address: target.joinUrl })}</p>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('session.close')}
        </button>
      </div>
    </Modal>
  );
}
