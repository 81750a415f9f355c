import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, modelsByCategory, searchModels } from '@shared/catalogue';
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
 * Memoised, so the board's save status changing does not redraw the tray.
 */
export const CatalogueTray = memo(function CatalogueTray(props: Props) {
  const { placedIds, skippedIds, focusModelId, onShowDetails } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const { setNodeRef, isOver } = useDroppable({ id: TRAY_DROP_ID });

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
  return (
    <aside
      ref={setNodeRef}
      className={`tray${isOver ? ' is-over' : ''}`}
      aria-labelledby="tray-heading"
    >
      <h2 id="tray-heading">{t('board.trayHeading')}</h2>
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
