import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENSUS_PERCENT,
  consensusPercent,
  parseConsensusPercent,
} from '@shared/domain/participantDraft';
import type { WorkshopSetup } from '@shared/domain/workshop';
import { withAnonymous, withConsensusShare } from './setupEdits';

type Props = {
  setup: WorkshopSetup;
  onSetup: (edit: (setup: WorkshopSetup) => WorkshopSetup) => Promise<boolean>;
};

/**
 * How the workshop pools views: anonymous or not, and the consensus rule. A valid percentage
 * is saved as soon as it is typed (or stepped with the arrow keys); an invalid one is only
 * pointed out when the field is left or Enter is pressed, not while a number is half typed.
 */
export function SettingsSection({ setup, onSetup }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  // What the field shows while it differs from the stored rule; null when it shows the rule.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const shown = draft ?? String(consensusPercent(setup.consensusShare));

  const change = (text: string) => {
    const share = parseConsensusPercent(text);
    if (share === null) {
      setDraft(text);
      return;
    }
    setDraft(null);
    setInvalid(false);
    void onSetup((current) => withConsensusShare(current, share));
  };
  const check = () => setInvalid(draft !== null && parseConsensusPercent(draft) === null);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      check();
    }
  };

  return (
    <section className="participants-section" aria-labelledby="participants-settings-heading">
      <h3 id="participants-settings-heading">{t('participants.settingsHeading')}</h3>
      <label className="participants-check">
        <input
          type="checkbox"
          checked={setup.anonymous}
          aria-describedby={hintId}
          // A toggle of the newest setup: a second click before the first is stored undoes it.
          onChange={() => void onSetup((current) => withAnonymous(current, !current.anonymous))}
        />
        {t('participants.anonymous')}
      </label>
      <p id={hintId} className="participants-hint">
        {t('participants.anonymousHint')}
      </p>
      <label className="participants-consensus">
        {t('participants.consensusBefore')}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={CONSENSUS_PERCENT.min}
          max={CONSENSUS_PERCENT.max}
          step={CONSENSUS_PERCENT.step}
          value={shown}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => change(event.target.value)}
          onBlur={check}
          onKeyDown={onKeyDown}
        />{' '}
        {t('participants.consensusAfter')}
      </label>
      {invalid && (
        <p id={errorId} role="alert" className="participants-field-error">
          {t('participants.consensusInvalid', CONSENSUS_PERCENT)}
        </p>
      )}
    </section>
  );
}
