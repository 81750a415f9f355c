import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseChange, phaseOf, timerFor, type Phase } from '@shared/domain/phase';
import type { Workshop } from '@shared/domain/workshop';
import { phaseTimerRepo, type PhaseTimerRepo } from '../../db/phaseTimerRepo';
import type { RecordChange } from '../history/useChangeHistory';
import { PhaseSteps } from './PhaseSteps';
import { PhaseTimer } from './PhaseTimer';
import './phases.css';

type Props = { workshop: Workshop; record: RecordChange; timerRepo?: PhaseTimerRepo };

/**
 * Where the workshop stands: the phases, what the current one is for, and its timer. A move to
 * another phase is an undoable change like any other edit; the timer is not (see
 * phaseTimerRepo.ts).
 */
export function PhaseBar({ workshop, record, timerRepo = phaseTimerRepo }: Props) {
  const { t } = useTranslation();
  const purposeId = useId();
  const phase = phaseOf(workshop);
  const workshopId = workshop.id;

  const select = useCallback(
    (to: Phase) => {
      // Errors surface in the save indicator; the change is then not recorded.
      void record(() => phaseChange(workshopId, to)).catch(() => undefined);
    },
    [record, workshopId],
  );

  return (
    <div className="phase-bar">
      <PhaseSteps current={phase} onSelect={select} purposeId={purposeId} />
      <p id={purposeId} className="phase-purpose">
        {t(`phases.purpose_${phase}`)}
      </p>
      {/* One timer per phase: a fresh component, so moments of one never carry to another. */}
      <PhaseTimer
        key={phase}
        workshopId={workshopId}
        phase={phase}
        timer={timerFor(workshop, phase)}
        repo={timerRepo}
      />
    </div>
  );
}
