import { isPosition, type Position } from './matrix';

/** A participant's answer for one model: a position, or "don't know" (counted, not pooled). */
export type VoteValue = Position | 'skip';

/** One participant's placement of one model in one round. */
export type Vote = {
  workshopId: string;
  round: number;
  participantId: string;
  modelId: string;
  value: VoteValue;
  updatedAt: number;
};

/** Whether a stored value is an answer the app understands. */
export function isVoteValue(value: unknown): value is VoteValue {
  return value === 'skip' || isPosition(value);
}
