/** One person whose views a workshop collects. */
export type Participant = {
  id: string;
  workshopId: string;
  /** Optional: an empty name shows as "Participant n". */
  name: string;
  /** Id of one of the workshop's groups (`WorkshopSetup.groups`). */
  groupId: string;
  createdAt: number;
  /**
   * Set when the participant was removed but their votes were kept: they no longer place or
   * appear in lists, yet their votes still count (and keep their group).
   */
  removedAt: number | null;
};

/** The fields a change to a participant carries (everything but the keys). */
export type ParticipantFields = Pick<Participant, 'name' | 'groupId' | 'createdAt' | 'removedAt'>;

export const MAX_PARTICIPANT_NAME_LENGTH = 80;

/**
 * Each participant's number, 1-based, in the order they were added (id breaks ties): what
 * anonymous workshops show instead of names, and what stays put when someone is renamed.
 */
export function participantNumbers(participants: readonly Participant[]): Map<string, number> {
  const ordered = [...participants].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return new Map(ordered.map((p, index) => [p.id, index + 1]));
}
