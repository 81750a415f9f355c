// Placements and votes of models this version does not know, in a snapshot being restored.
//
// Decision: a backup is data the user made. Refusing a whole restore for placements the
// catalogue lacks would lose everything else in it, and a later version (with workshops' own
// models) may know those models. So the strict parse still refuses malformed records, but
// records of unknown model ids are accepted up to a plausible number (see the caps below; more
// makes the file invalid), restored exactly as they are, and named workshop by workshop on the
// restore screen before and after restoring. Counts on screens leave them out (shownModels).
import { BUILT_IN_MODEL_IDS, builtInModelIds, type KnownModelIds } from '../catalogue/shownModels';
import type { SnapshotRecords } from './snapshotFormat';

/**
 * Most placements of unknown models one workshop may have in a file: as many as the catalogue
 * has models. A file from a version whose catalogue was renamed stays within it; 100,000
 * invisible placements do not.
 */
export const MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP = BUILT_IN_MODEL_IDS.size;

/** Most votes for unknown models by one participant in one round: the same cap. */
export const MAX_UNKNOWN_VOTES_PER_ROUND = BUILT_IN_MODEL_IDS.size;

/** One workshop's records the app keeps but cannot show. */
export type UnknownModelsInWorkshop = {
  workshopId: string;
  title: string;
  placements: number;
  votes: number;
};

/**
 * Each workshop of `records` with placements or votes of models it does not know, in the
 * file's workshop order; workshops with none are left out, so an empty list means everything
 * will show.
 */
export function unknownModelsByWorkshop(
  records: Pick<SnapshotRecords, 'workshops' | 'placements' | 'votes'>,
  knownIdsOf: KnownModelIds = builtInModelIds,
): UnknownModelsInWorkshop[] {
  const counts = new Map<string, { placements: number; votes: number }>();
  const countOf = (workshopId: string) => {
    let count = counts.get(workshopId);
    if (!count) counts.set(workshopId, (count = { placements: 0, votes: 0 }));
    return count;
  };
  for (const p of records.placements) {
    if (!knownIdsOf(p.workshopId).has(p.modelId)) countOf(p.workshopId).placements++;
  }
  for (const v of records.votes) {
    if (!knownIdsOf(v.workshopId).has(v.modelId)) countOf(v.workshopId).votes++;
  }
  return records.workshops.flatMap((w) => {
    const count = counts.get(w.id);
    return count ? [{ workshopId: w.id, title: w.title, ...count }] : [];
  });
}
