// Which placements the app can show. Every count on a screen goes through here, so a count
// never says more than the matrix draws (a restored file may place models this version lacks).
import { isPosition } from '../domain/matrix';
import { MODELS } from './models';

/** The ids of the built-in catalogue's models. */
export const BUILT_IN_MODEL_IDS: ReadonlySet<string> = new Set(MODELS.map((model) => model.id));

/**
 * The model ids a workshop can show. Today every workshop knows the built-in catalogue only;
 * when workshops get their own models, this is where their ids join in, and every count
 * follows without change.
 */
export type KnownModelIds = (workshopId: string) => ReadonlySet<string>;

/** Every workshop knows exactly the built-in catalogue. */
export const builtInModelIds: KnownModelIds = () => BUILT_IN_MODEL_IDS;

/** A placement as far as showing it matters; `position` as stored, possibly broken. */
type PlacementLike = {
  readonly workshopId: string;
  readonly modelId: string;
  readonly position?: unknown;
};

/** Whether the matrix draws this placement: a model it knows, at a point inside the matrix. */
export function isShown(placement: PlacementLike, knownIds: ReadonlySet<string>): boolean {
  return knownIds.has(placement.modelId) && isPosition(placement.position);
}

/**
 * How many of `placements` the matrix shows: models in `knownIds` at a point inside the
 * matrix. "3 of 25 placed" must never count a placement the user cannot see.
 */
export function countShown(
  placements: Iterable<PlacementLike>,
  knownIds: ReadonlySet<string>,
): number {
  let count = 0;
  for (const placement of placements) if (isShown(placement, knownIds)) count++;
  return count;
}

/** `countShown` per workshop id, each workshop with its own known ids; absent means none. */
export function countShownByWorkshop(
  placements: Iterable<PlacementLike>,
  knownIdsOf: KnownModelIds = builtInModelIds,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const placement of placements) {
    if (!isShown(placement, knownIdsOf(placement.workshopId))) continue;
    counts.set(placement.workshopId, (counts.get(placement.workshopId) ?? 0) + 1);
  }
  return counts;
}
