import type { TFunction } from 'i18next';
import type { WorkshopContents } from '../../db/workshopReuseRepo';

/**
 * The delete question's text: what goes with the workshop, counted ("3 participants, 2 rounds
 * and 48 placements"; only what it has), and how long the delete can be undone.
 */
export function deleteQuestion(
  title: string,
  contents: WorkshopContents,
  undoSeconds: number,
  t: TFunction,
  locale: string,
): string {
  const parts = [
    contents.participants > 0 && t('reuse.countParticipants', { count: contents.participants }),
    contents.rounds > 0 && t('reuse.countRounds', { count: contents.rounds }),
    contents.placements > 0 && t('reuse.countPlacements', { count: contents.placements }),
    contents.votes > 0 && t('reuse.countVotes', { count: contents.votes }),
  ].filter((part): part is string => typeof part === 'string');
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
  return [
    t('reuse.confirmDeleteBody', { title }),
    parts.length > 0
      ? t('reuse.confirmDeleteLoses', { what: list })
      : t('reuse.confirmDeleteEmpty'),
    t('reuse.confirmDeleteUndo', { seconds: undoSeconds }),
  ].join(' ');
}
