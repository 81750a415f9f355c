import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../actions/action';
import type { ChangeHistory } from '../history/useChangeHistory';

/** The board's actions, for its toolbar, its shortcuts and the desktop's native menu. */
export function useBoardActions(history: ChangeHistory): Action[] {
  const { t } = useTranslation();
  const { undo, redo, canUndo, canRedo } = history;
  return useMemo(
    () => [
      {
        name: 'undo',
        label: t('board.undo'),
        shortcuts: [{ key: 'z', modifier: 'primary', shift: false }],
        enabled: canUndo,
        run: () => void undo(),
      },
      {
        name: 'redo',
        label: t('board.redo'),
        shortcuts: [
          { key: 'z', modifier: 'primary', shift: true },
          { key: 'y', modifier: 'ctrl', shift: false },
        ],
        enabled: canRedo,
        run: () => void redo(),
      },
    ],
    [t, undo, redo, canUndo, canRedo],
  );
}
