import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement, Workshop } from '@shared/domain/workshop';
import type { PlanVoices } from '@shared/plan/planVoices';
import { platform } from '../../platform/platform';
import { useLocale } from '../settings/useLocale';

type Props = {
  workshop: Workshop;
  placements: readonly Placement[];
  /** Participants, rounds and votes: the plan then shows the spread of the last revealed round. */
  voices?: PlanVoices;
};
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; message: string };

/** Builds the PDF action plan and hands it to a save dialog (desktop) or a download (web). */
export function ExportPlanButton({ workshop, placements, voices }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function exportPlan() {
    setState({ kind: 'busy' });
    try {
      const { renderPlanPdf, planFileName } = await import('./exportPlan');
      const bytes = await renderPlanPdf(workshop, placements, locale, voices);
      const outcome = await platform.savePdf(planFileName(workshop, locale), bytes);
      if (outcome.ok) {
        const message = outcome.path
          ? t('board.exportedAs', { path: outcome.path })
          : t('board.exported');
        setState({ kind: 'done', message });
      } else if (outcome.cancelled) {
        setState({ kind: 'idle' });
      } else {
        const reason =
          outcome.reason === 'write-failed'
            ? t('board.writeFailed', { detail: outcome.detail ?? '' })
            : t('board.invalidRequest');
        setState({ kind: 'failed', message: reason });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', message: t('board.exportFailed', { message }) });
    }
  }

  return (
    <div className="export">
      <button
        type="button"
        className="primary"
        onClick={exportPlan}
        disabled={state.kind === 'busy'}
      >
        {state.kind === 'busy' ? t('board.exporting') : t('board.exportPdf')}
      </button>
      {(state.kind === 'done' || state.kind === 'failed') && (
        <p role={state.kind === 'failed' ? 'alert' : 'status'} className={`export-${state.kind}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}
