import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getModel, localize } from '@shared/catalogue';
import { quadrantOf } from '@shared/domain/quadrant';
import { useLocale } from '../settings/useLocale';
import { MATRIX_DROP_ID, TRAY_DROP_ID, type CardDragData } from './dragIds';
import { matrixDropPosition } from './dropPosition';

/** Screen-reader messages for every step of a drag, in the UI language. */
export function useAnnouncements(): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const titleOf = (data: unknown) => {
      const modelId = (data as CardDragData | undefined)?.modelId;
      const model = modelId ? getModel(modelId) : undefined;
      return model ? localize(model.title, locale) : '';
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.data.current) }),
      onDragOver: ({ active, over }) => {
        const title = titleOf(active.data.current);
        if (over?.id === MATRIX_DROP_ID) return t('dnd.overMatrix', { title });
        if (over?.id === TRAY_DROP_ID) return t('dnd.overTray', { title });
        return undefined;
      },
      // Announcements get no pointer, so the quadrant is taken at the card's centre: exact for
      // keyboard drags, which is who hears them.
      onDragEnd: ({ active, over }) => {
        const title = titleOf(active.data.current);
        if (over?.id === MATRIX_DROP_ID) {
          const position = matrixDropPosition(null, null, active, over);
          if (position) {
            const quadrant = t(`quadrant.${quadrantOf(position)}`);
            return t('dnd.placed', { title, quadrant });
          }
        }
        if (over?.id === TRAY_DROP_ID) return t('dnd.returned', { title });
        return t('dnd.cancelled', { title });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.data.current) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [t, locale]);
}
