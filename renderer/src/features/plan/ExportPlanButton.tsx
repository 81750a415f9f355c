import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/catalogue/types';
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
/**
 * What happened, not a sentence: the message is worded at render time, so it follows a language
 * switch like everything else on screen.
 */
type State =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: number }
  | { kind: 'done'; path?: string }
  | { kind: 'failed'; reason: 'write-failed' | 'invalid-request' | 'error'; detail: string };

function outcomeText(state: State, t: TFunction): string {
  if (state.kind === 'done') {
    return state.path ? t('board.exportedAs', { path: state.path }) : t('board.exported');
  }
  if (state.kind !== 'failed') return '';
  if (state.reason === 'write-failed') return t('board.writeFailed', { detail: state.detail });
  if (state.reason === 'invalid-request') return t('board.invalidRequest');
  return t('board.exportFailed', { message: state.detail });
}

/**
 * Once the board is idle, loads the export's code (pdf-lib, fontkit), fetches and parses the
 * fonts and loads the hyphenation patterns, so the first export of a session does not wait for
 * them. Where the browser has no idle callback (tests), nothing is loaded ahead.
 */
function useIdleWarmUp(locale: Locale) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(
      () => {
        import('./exportPlan').then(
          (module) => module.warmPlanExport(locale),
          () => undefined,
        );
      },
      { timeout: 5000 },
    );
    return () => cancelIdleCallback(handle);
  }, [locale]);
}

/** Builds the PDF action plan and hands it to a save dialog (desktop) or a download (web). */
export function ExportPlanButton({ workshop, placements, voices }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'idle' });
  useIdleWarmUp(locale);

  async function exportPlan() {
    setState({ kind: 'busy', progress: 0 });
    // The build yields between models, so these updates are painted while it runs.
    const onProgress = (progress: number) => setState({ kind: 'busy', progress });
    try {
      const { renderPlanPdf, planFileName } = await import('./exportPlan');
      const bytes = await renderPlanPdf(workshop, placements, locale, voices, onProgress);
      const outcome = await platform.savePdf(planFileName(workshop, locale), bytes);
      if (outcome.ok)
        setState(outcome.path ? { kind: 'done', path: outcome.path } : { kind: 'done' });
      else if (outcome.cancelled) setState({ kind: 'idle' });
      else setState({ kind: 'failed', reason: outcome.reason, detail: outcome.detail ?? '' });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', reason: 'error', detail });
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
      {state.kind === 'busy' && (
        <progress
          className="export-progress"
          aria-label={t('board.exporting')}
          max={1}
          value={state.progress}
        />
      )}
      {(state.kind === 'done' || state.kind === 'failed') && (
        <p role={state.kind === 'failed' ? 'alert' : 'status'} className={`export-${state.kind}`}>
          {outcomeText(state, t)}
        </p>
      )}
    </div>
  );
}
