import { useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, modelsByCategory, searchModels } from '@shared/catalogue';
import { setBoardDisplay, useBoardDisplay } from '../board/boardDisplay';
import { TRAY_DROP_ID } from '../board/dragIds';
import { useLocale } from '../settings/useLocale';
import { TrayCard } from './TrayCard';

type Props = {
  placedIds: ReadonlySet<string>;
  /** Models answered "don't know": still in the tray (a later drag changes the answer), marked. */
  skippedIds?: ReadonlySet<string> | undefined;
  focusModelId: string | null;
  onShowDetails: (modelId: string) => void;
};

/**
 * The catalogue's unplaced models by category, with search; cards dropped here leave the matrix.
 * It folds away to a narrow strip (still a drop target) so the matrix can take the room.
 * Memoised, so the board's save status changing does not redraw the tray.
 */
export const CatalogueTray = memo(function CatalogueTray(props: Props) {
  const { placedIds, skippedIds, focusModelId, onShowDetails } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const { setNodeRef, isOver } = useDroppable({ id: TRAY_DROP_ID });
  const { trayCollapsed } = useBoardDisplay();
  const showButton = useRef<HTMLButtonElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  // A card sent back here while the tray is folded has no element to take the focus: the
  // button that unfolds the tray takes it, so the focus does not fall to the page.
  useEffect(() => {
    if (trayCollapsed && focusModelId !== null && !placedIds.has(focusModelId)) {
      showButton.current?.focus();
    }
  }, [trayCollapsed, focusModelId, placedIds]);

  const groups = useMemo(() => {
    const matches = new Set(searchModels(query, locale).map((model) => model.id));
    return modelsByCategory()
      .map(({ category, models }) => ({
        category,
        models: models.filter((model) => matches.has(model.id) && !placedIds.has(model.id)),
      }))
      .filter((group) => group.models.length > 0);
  }, [query, locale, placedIds]);

  const empty = query.trim() ? t('board.noMatches') : t('board.allPlaced');
  if (trayCollapsed) {
    return (
      <aside
        ref={setNodeRef}
        className={`tray is-collapsed${isOver ? ' is-over' : ''}`}
        aria-label={t('board.trayHeading')}
      >
        <button
          ref={showButton}
          type="button"
          className="tray-toggle"
          aria-expanded="false"
          title={t('boardLayout.showTray')}
          onClick={() => {
            setBoardDisplay({ trayCollapsed: false });
            requestAnimationFrame(() => hideButton.current?.focus());
          }}
        >
          <span aria-hidden="true">»</span>
          <span className="tray-toggle-label">{t('boardLayout.showTray')}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside
      ref={setNodeRef}
      className={`tray${isOver ? ' is-over' : ''}`}
      aria-labelledby="tray-heading"
    >
      <div className="tray-header">
        <h2 id="tray-heading">{t('board.trayHeading')}</h2>
        <button
          ref={hideButton}
          type="button"
          className="tray-toggle"
          aria-expanded="true"
          aria-label={t('boardLayout.hideTray')}
          title={t('boardLayout.hideTray')}
          onClick={() => {
            setBoardDisplay({ trayCollapsed: true });
            requestAnimationFrame(() => showButton.current?.focus());
          }}
        >
          <span aria-hidden="true">«</span>
        </button>
      </div>
      <input
        type="search"
        className="tray-search"
        placeholder={t('board.search')}
        aria-label={t('board.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="tray-groups">
        {groups.length === 0 && (
          <p className="muted" role="status">
            {empty}
          </p>
        )}
        {groups.map(({ category, models }) => (
          <div key={category.id}>
            <h3 className="tray-category">{localize(category.title, locale)}</h3>
            <ul className="tray-list" aria-label={localize(category.title, locale)}>
              {models.map((model) => (
                <TrayCard
                  key={model.id}
                  modelId={model.id}
                  title={localize(model.title, locale)}
                  skipped={skippedIds?.has(model.id) ?? false}
                  autoFocus={model.id === focusModelId}
                  onShowDetails={onShowDetails}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </aside>
  );
});
