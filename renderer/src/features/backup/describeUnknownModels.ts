import type { TFunction } from 'i18next';
import type { UnknownModelsInWorkshop } from '@shared/io/unknownModels';

/** Workshops named one by one; the rest are summed up, so a long list stays readable. */
const MAX_NAMED = 5;

/**
 * One sentence per workshop and store with records the app keeps but cannot show ("2
 * placements in “Rådsmöte” are of models this version does not know; …"); empty when
 * everything will show.
 */
export function describeUnknownModels(
  unknown: readonly UnknownModelsInWorkshop[],
  t: TFunction,
): string[] {
  const sentences = unknown
    .slice(0, MAX_NAMED)
    .flatMap(({ title, placements, votes }) => [
      ...(placements ? [t('restore.unknownPlacements', { count: placements, title })] : []),
      ...(votes ? [t('restore.unknownVotes', { count: votes, title })] : []),
    ]);
  const more = unknown.length - MAX_NAMED;
  return more > 0 ? [...sentences, t('restore.unknownMore', { count: more })] : sentences;
}
