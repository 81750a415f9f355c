import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform/platform';
import { Modal } from '../../ui/Modal';
import { parseSessionTarget, type SessionTarget } from './hostLink';
import { InterfaceChoice } from './InterfaceChoice';

type Props = { onStarted: (target: SessionTarget) => void; onClose: () => void };

/**
 * Starting a session: on the desktop the app starts the server on the network the facilitator
 * picks; in the browser the facilitator pastes what `npm run session` printed. Either way the
 * page then connects as host over loopback.
 */
export function SessionStartDialog({ onStarted, onClose }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Modal labelledBy={headingId} onClose={onClose} className="session-dialog">
      <h2 id={headingId}>{t('session.heading')}</h2>
      <p>{t('session.intro')}</p>
      {platform.session ? (
        <InterfaceChoice bridge={platform.session} onStarted={onStarted} />
      ) : (
        <HostLinkForm onStarted={onStarted} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('session.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function HostLinkForm({ onStarted }: Pick<Props, 'onStarted'>) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ address: '', token: '', joinUrl: '', joinCode: '' });
  const [error, setError] = useState(false);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = parseSessionTarget(fields);
    setError(target === null);
    if (target) onStarted(target);
  };
  const field = (name: keyof typeof fields, label: string, autoFocus = false) => (
    <label>
      {label}
      <input
        type="text"
        value={fields[name]}
        spellCheck={false}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        aria-invalid={error && name === 'address' ? true : undefined}
        aria-describedby={error && name === 'address' ? errorId : undefined}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <form onSubmit={submit} className="session-form">
      <p>{t('session.webIntro')}</p>
      {field('address', t('session.hostLink'), true)}
      <details>
        <summary>{t('session.details')}</summary>
        {field('token', t('session.hostToken'))}
        {field('joinUrl', t('session.joinAddress'))}
        {field('joinCode', t('session.joinCode'))}
      </details>
      {error && (
        <p id={errorId} role="alert" className="session-error">
          {t('session.badLink')}
        </p>
      )}
      <button type="submit">{t('session.connect')}</button>
    </form>
  );
}
