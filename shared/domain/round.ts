/**
 * A round moves forward only: open (participants place, blind) → locked (no more changes) →
 * revealed (the pooled view is shown).
 */
export const ROUND_STATES = ['open', 'locked', 'revealed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** One round of individual placements in a workshop; numbers start at 1. */
export type Round = {
  workshopId: string;
  number: number;
  state: RoundState;
  startedAt: number;
  lockedAt: number | null;
  revealedAt: number | null;
};

/** The fields a change to a round carries (everything but the keys). */
export type RoundFields = Pick<Round, 'state' | 'startedAt' | 'lockedAt' | 'revealedAt'>;

/** The state after `state`, or null when the round is already revealed. */
export function nextRoundState(state: RoundState): RoundState | null {
  const index = ROUND_STATES.indexOf(state);
  return ROUND_STATES[index + 1] ?? null;
}
