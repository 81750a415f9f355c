import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getModel, localize, MODELS } from '@shared/catalogue';
import { placementsRepo } from '../../db/placementsRepo';
import { usePlacements } from '../../db/usePlacements';
import { useWorkshop } from '../../db/useWorkshop';
import { WorkshopMeta } from '../../ui/WorkshopMeta';
import { ModelDetailsDialog } from '../catalogue/ModelDetailsDialog';
import { ExportPlanButton } from '../plan/ExportPlanButton';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { useLocale } from '../settings/useLocale';
import { BoardWorkspace } from './BoardWorkspace';
import { SaveIndicator } from './SaveIndicator';
import { useBoardWorkspace } from './useBoardWorkspace';
import { useHistory, type HistoryEvent } from './useHistory';
import { useSaveStatus } from './useSaveStatus';
import { BackButton } from '../../ui/BackButton';

type Props = { workshopId: string; onBack: () => void };

/** One workshop: the catalogue tray beside the resource/impact matrix. */
export function BoardScreen({ workshopId, onBack }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workshop = useWorkshop(workshopId);
  const placements = usePlacements(workshopId);
  const { status, track } = useSaveStatus();
  const [notice, setNotice] = useState('');
  const cardTitle = useCallback(
    (modelId: string) => {
      const model = getModel(modelId);
      return model && localize(model.title, locale);
    },
    [locale],
  );
  const onHistoryStep = useCallback(
    ({ kind, command }: HistoryEvent) =>
      setNotice(
        t(kind === 'undo' ? 'board.undone' : 'board.redone', {
          title: cardTitle(command.modelId) ?? command.modelId,
        }),
      ),
    [t, cardTitle],
  );
  const history = useHistory(track, onHistoryStep);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const { workspace, placedIds, returnToTray } = useBoardWorkspace({
    workshopId,
    repo: placementsRepo,
    placements,
    run: history.run,
    cardTitle,
    onShowDetails: setDetailsId,
  });

  if (workshop === undefined || placements === undefined) return null;
  if (workshop === null) {
    return (
      <main className="not-found">
        <p role="alert">{t('board.notFound')}</p>
        <button type="button" onClick={onBack}>
          {t('board.back')}
        </button>
      </main>
    );
  }

  const detailsPosition = placements.find((p) => p.modelId === detailsId)?.position ?? null;
  return (
    <div className="board">
      <header className="board-header">
        <BackButton label={t('board.back')} onBack={onBack} />
        <div className="board-title">
          <h1>{workshop.title}</h1>
          <p className="muted">
            <WorkshopMeta workshop={workshop} /> ·{' '}
            {t('board.placedSummary', { count: placedIds.size, total: MODELS.length })}
          </p>
        </div>
        <SaveIndicator status={status} />
        <div className="toolbar">
          <button type="button" onClick={history.undo} disabled={!history.canUndo}>
            {t('board.undo')}
          </button>
          <button type="button" onClick={history.redo} disabled={!history.canRedo}>
            {t('board.redo')}
          </button>
          <LanguageSwitch />
          <ExportPlanButton workshop={workshop} placements={placements} />
        </div>
      </header>
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      <BoardWorkspace {...workspace} />
      {detailsId && (
        <ModelDetailsDialog
          modelId={detailsId}
          position={detailsPosition}
          onReturnToTray={() => {
            returnToTray(detailsId);
            setDetailsId(null);
          }}
          onClose={() => setDetailsId(null)}
        />
      )}
    </div>
  );
}
