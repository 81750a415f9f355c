import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '@shared/domain/phase';

type Props = {
  current: Phase;
  onSelect: (phase: Phase) => void;
  /** The element that says what the current phase is for. */
  purposeId: string;
};

/** The phases as a stepper: any step may be chosen, in any order; the current one is marked. */
export function PhaseSteps({ current, onSelect, purposeId }: Props) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('phases.phases')} className="phase-steps">
      <ol>
        {PHASES.map((phase, index) => {
          const isCurrent = phase === current;
          return (
            <li key={phase}>
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                aria-describedby={isCurrent ? purposeId : undefined}
                onClick={() => {
                  if (!isCurrent) onSelect(phase);
                }}
              >
                <span className="phase-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(`phases.phase_${phase}`)}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
