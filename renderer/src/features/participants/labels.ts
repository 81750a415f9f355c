import type { TFunction } from 'i18next';
import type { Participant } from '@shared/domain/participant';
import { BUILT_IN_GROUP_IDS, type ParticipantGroup } from '@shared/domain/workshop';

const builtIn = new Set<string>(BUILT_IN_GROUP_IDS);

/** A group's name: what the facilitator called it, or a built-in group's name in the UI language. */
export function groupLabel(group: ParticipantGroup | undefined, t: TFunction): string {
  if (!group) return t('participants.groupUnknown');
  if (group.name) return group.name;
  return builtIn.has(group.id) ? t(`participants.group_${group.id}`) : group.id;
}

/**
 * What screens call a participant: their name, or "Participant n" when they gave none or the
 * workshop is anonymous (then names never appear, not even on hover).
 */
export function participantLabel(
  participant: Pick<Participant, 'name'>,
  number: number,
  anonymous: boolean,
  t: TFunction,
): string {
  if (anonymous || !participant.name) return t('participants.numbered', { number });
  return participant.name;
}
