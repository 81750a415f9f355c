import { isPosition } from '@shared/domain/matrix';
import type { Participant } from '@shared/domain/participant';
import type { Vote } from '@shared/domain/vote';
import type { ParticipantGroup } from '@shared/domain/workshop';

/** participantId → groupId for every participant, removed ones included: their kept votes count. */
export function groupMap(participants: readonly Participant[]): Map<string, string> {
  return new Map(participants.map((p) => [p.id, p.groupId]));
}

/**
 * How many participants of each group placed at least one model (a position, not "don't know"):
 * the n of the legend, and what decides which groups can be compared at all.
 */
export function placersByGroup(
  votes: readonly Vote[],
  groupOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const placers = new Map<string, Set<string>>();
  for (const vote of votes) {
    const group = groupOf.get(vote.participantId);
    if (group === undefined || !isPosition(vote.value)) continue;
    const members = placers.get(group) ?? new Set<string>();
    members.add(vote.participantId);
    placers.set(group, members);
  }
  return new Map([...placers].map(([group, members]) => [group, members.size]));
}

/** The workshop's groups that placed something, in the workshop's order. */
export function groupsWithPlacements(
  groups: readonly ParticipantGroup[],
  placers: ReadonlyMap<string, number>,
): ParticipantGroup[] {
  return groups.filter((group) => (placers.get(group.id) ?? 0) > 0);
}
