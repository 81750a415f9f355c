import { useId, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '@shared/protocol/limits';
import { useText } from '../i18n/text';
import { isJoinCode, normaliseJoinCode } from '../state/joinCode';

type Props = {
  initialCode: string;
  busy: boolean;
  onJoin: (code: string, name: string) => void;
};

/** The join code (filled in when the QR code carried it) and an optional name. */
export function JoinForm({ initialCode, busy, onJoin }: Props) {
  const t = useText();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isJoinCode(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onJoin(normaliseJoinCode(code), name);
  };

  return (
    <form className="pp-join" onSubmit={submit} noValidate>
      <h1>{t('joinHeading')}</h1>
      <p>{t('joinIntro')}</p>
      <label htmlFor={`${id}-code`}>{t('codeLabel')}</label>
      <input
        id={`${id}-code`}
        className="pp-code-input"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={32}
        aria-invalid={invalid}
        aria-describedby={`${id}-code-hint`}
      />
      <p id={`${id}-code-hint`} className={invalid ? 'pp-field-error' : 'pp-hint'}>
        {invalid ? t('codeInvalid') : t('codeHint')}
      </p>
      <label htmlFor={`${id}-name`}>{t('nameLabel')}</label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="nickname"
        maxLength={MAX_NAME_LENGTH}
      />
      <button type="submit" className="pp-primary" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
