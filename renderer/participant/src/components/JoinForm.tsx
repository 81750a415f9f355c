import { useEffect, useId, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH } from '@shared/protocol/limits';
import type { JoinOptions } from '@shared/protocol/serverMessages';
import type { ParticipantPageKey } from '@shared/i18n/features/participantPage';
import { useText, type Translate } from '../i18n/text';
import { isJoinCode, normaliseJoinCode } from '../state/joinCode';

type Props = {
  initialCode: string;
  busy: boolean;
  /** What the workshop offers once the code was checked; null until then. */
  options: JoinOptions | null;
  /** A complete code was typed (or carried by the QR code): ask what the workshop offers. */
  onCode: (code: string) => void;
  onJoin: (code: string, name: string, groupId: string | null) => void;
};

const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
  'companies',
  'council',
  'officials',
  'other',
]);

/** A group as the person sees it: its own name, or a built-in group's translated one. */
function groupLabel(group: JoinOptions['groups'][number], t: Translate): string {
  if (group.name) return group.name;
  if (BUILT_IN_GROUPS.has(group.id)) return t(`group_${group.id}` as ParticipantPageKey);
  return group.id;
}

/**
 * The join code (filled in when the QR code carried it), then what the workshop allows: a
 * group to choose (optional) and a name (optional; not asked in an anonymous workshop).
 */
export function JoinForm({ initialCode, busy, options, onCode, onJoin }: Props) {
  const t = useText();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState('');
  const [invalid, setInvalid] = useState(false);
  const complete = isJoinCode(code) ? normaliseJoinCode(code) : null;
  const groups = options?.groups ?? [];
  const asksName = options?.names !== false;

  useEffect(() => {
    if (complete) onCode(complete);
  }, [complete, onCode]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isJoinCode(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const chosen = groups.some((group) => group.id === groupId) ? groupId : null;
    onJoin(normaliseJoinCode(code), asksName ? name : '', chosen);
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
      {asksName && (
        <>
          <label htmlFor={`${id}-name`}>{t('nameLabel')}</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="nickname"
            maxLength={MAX_NAME_LENGTH}
          />
        </>
      )}
      {groups.length > 0 && (
        <>
          <label htmlFor={`${id}-group`}>{t('groupLabel')}</label>
          <select
            id={`${id}-group`}
            value={groupId}
            onChange={(event) => setGroupId(event.target.value)}
          >
            <option value="">{t('groupNone')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {groupLabel(group, t)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" className="pp-primary" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
