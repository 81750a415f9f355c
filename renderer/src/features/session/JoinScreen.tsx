import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import type { SessionTarget } from './hostLink';
import { QrCode } from './QrCode';

type Props = {
  target: SessionTarget;
  counts: string;
  /** Names of those not done yet; empty when the workshop is anonymous. */
  notReady: readonly string[];
  onClose: () => void;
};

/** "7 ABC 234" reads better off a wall in two groups of three. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/**
 * What the room sees to join: the address, the code and a QR code, large enough in "Show
 * large" to scan from the back of a room, and how many have joined and are ready.
 */
export function JoinScreen({ target, counts, notReady, onClose }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [large, setLarge] = useState(false);
  const { joinUrl, joinCode } = target;
  return (
    <Modal
      labelledBy={headingId}
      onClose={onClose}
      className={`join-screen${large ? ' join-screen-large' : ''}`}
    >
      <h2 id={headingId}>{t('session.joinHeading')}</h2>
      <p>{t('session.joinSteps')}</p>
      <div className="join-body">
        {joinUrl ? (
          <QrCode text={joinUrl} label={t('session.qrLabel', { address: joinUrl })} />
        ) : (
          <p className="muted">{t('session.noJoinAddress')}</p>
        )}
        <dl className="join-facts">
          {joinUrl && (
            <>
              <dt>{t('session.joinAddressLabel')}</dt>
              <dd className="join-address">{joinUrl}</dd>
            </>
          )}
          {joinCode && (
            <>
              <dt>{t('session.joinCodeLabel')}</dt>
              <dd className="join-code">{spaced(joinCode)}</dd>
            </>
          )}
        </dl>
      </div>
      <p className="join-counts" aria-live="polite">
        {counts}
      </p>
      {notReady.length > 0 && (
        <p className="muted">{t('session.notReady', { names: notReady.join(', ') })}</p>
      )}
      <div className="dialog-actions">
        <button type="button" aria-pressed={large} onClick={() => setLarge(!large)}>
          {t('session.showLarge')}
        </button>
        <button type="button" onClick={onClose} data-autofocus>
          {t('session.close')}
        </button>
      </div>
    </Modal>
  );
}
