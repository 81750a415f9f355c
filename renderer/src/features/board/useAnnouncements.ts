import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getModel, localize } from '@shared/catalogue';
import { quadrantOf } from '@shared/domain/quadrant';
import { useLocale } from '../settings/useLocale';
import { isCardDragData, MATRIX_DROP_ID, TRAY_DROP_ID } from './dragIds';
import { matrixDropPosition } from './dropPosition';

/**
 * Screen-reader messages for every step of a drag, in the UI language. Each move of a keyboard
 * drag says where the card would land; a mouse or touch drag says so only when it crosses into
 * the matrix or the tray, and where the card was put: it moves dozens of times a second, and
 * each message costs a translation, a render of the live region and a layout in that frame.
 * `isKeyboardDrag` tells which kind of drag is under way.
 */
export function useAnnouncements(isKeyboardDrag: () => boolean): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const titleOf = (data: unknown) => {
      const model = isCardDragData(data) ? getModel(data.modelId) : undefined;
      return model ? localize(model.title, locale) : '';
    };
    /** Where the card would land, said in matrix terms (keyboard drags: the card's centre). */
    const landing = (active: Active, over: Over | null) => {
      const position = over?.id === MATRIX_DROP_ID && matrixDropPosition(null, null, active, over);
      if (!position) return null;
      return {
        quadrant: t(`quadrant.${quadrantOf(position)}`),
        x: Math.round(position.x * 100),
        y: Math.round(position.y * 100),
      };
    };
    // Announcements get no pointer, so positions are taken at the card's centre: exact for
    // keyboard drags, which is who hears them.
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.data.current) }),
      onDragMove: ({ active, over }) => {
        if (!isKeyboardDrag()) return undefined;
        const spot = landing(active, over);
        return spot
          ? t('dnd.movedTo', { title: titleOf(active.data.current), ...spot })
          : undefined;
      },
      // Entering the matrix is also a move: say where, not just "over the matrix".
      onDragOver: ({ active, over }) => {
        const title = titleOf(active.data.current);
        const spot = landing(active, over);
        if (spot) return t('dnd.movedTo', { title, ...spot });
        if (over?.id === TRAY_DROP_ID) return t('dnd.overTray', { title });
        return undefined;
      },
      onDragEnd: ({ active, over }) => {
        const title = titleOf(active.data.current);
        const spot = landing(active, over);
        if (spot) return t('dnd.placed', { title, quadrant: spot.quadrant });
        if (over?.id === TRAY_DROP_ID) return t('dnd.returned', { title });
        return t('dnd.cancelled', { title });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.data.current) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [t, locale, isKeyboardDrag]);
}
