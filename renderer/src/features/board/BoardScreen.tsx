import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getModel, localize, MODELS } from '@shared/catalogue';
import { usePlacements } from '../../db/usePlacements';
import { useWorkshop } from '../../db/useWorkshop';
import { CatalogueTray } from '../catalogue/CatalogueTray';
import { ModelDetailsDialog } from '../catalogue/ModelDetailsDialog';
import { ExportPlanButton } from '../plan/ExportPlanButton';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { useLocale } from '../settings/useLocale';
import { Matrix } from './Matrix';
import { SaveIndicator } from './SaveIndicator';
import { useBoardDrag } from './useBoardDrag';
import { useHistory } from './useHistory';
import { useSaveStatus } from './useSaveStatus';

type Props = { workshopId: string; onBack: () => void };

/** One workshop: the catalogue tray beside the resource/impact matrix. */
export function BoardScreen({ workshopId, onBack }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workshop = useWorkshop(workshopId);
  const placements = usePlacements(workshopId);
  const { status, track } = useSaveStatus();
  const history = useHistory(track);
  const drag = useBoardDrag(workshopId, placements ?? [], history.run);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const placedIds = useMemo(() => new Set(placements?.map((p) => p.modelId)), [placements]);

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

  const activeModel = drag.activeModelId ? getModel(drag.activeModelId) : undefined;
  const detailsPosition = placements.find((p) => p.modelId === detailsId)?.position ?? null;

  return (
    <div className="board">
      <header className="board-header">
        <button type="button" className="ghost" onClick={onBack}>
          ← {t('board.back')}
        </button>
        <div className="board-title">
          <h1>{workshop.title}</h1>
          <p className="muted">
            {[workshop.organisation, workshop.date].filter(Boolean).join(' · ')} ·{' '}
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
      <DndContext {...drag.contextProps}>
        <main className="board-main">
          <CatalogueTray placedIds={placedIds} onShowDetails={setDetailsId} />
          <Matrix placements={placements} onShowDetails={setDetailsId} />
        </main>
        <DragOverlay dropAnimation={null}>
          {activeModel && <div className="drag-overlay">{localize(activeModel.title, locale)}</div>}
        </DragOverlay>
      </DndContext>
      {detailsId && (
        <ModelDetailsDialog
          modelId={detailsId}
          position={detailsPosition}
          onClose={() => setDetailsId(null)}
        />
      )}
    </div>
  );
}
