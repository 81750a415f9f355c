import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { participantNumbers, type Participant } from '@shared/domain/participant';
import { participantLabel } from './labels';

/**
 * What screens call each participant, by id: their name, or "Participant n" when they gave none
 * or the workshop is anonymous. Until the workshop has loaded, everyone is anonymous.
 */
export function useParticipantLabels(
  participants: readonly Participant[] | undefined,
  anonymous: boolean | undefined,
) {
  const { t } = useTranslation();
  return useMemo(() => {
    const numbers = participantNumbers(participants ?? []);
    const byId = new Map((participants ?? []).map((p) => [p.id, p]));
    return (id: string) => {
      const participant = byId.get(id);
      return participant
        ? participantLabel(participant, numbers.get(id) ?? 0, anonymous ?? true, t)
        : t('pooled.removedParticipant');
    };
  }, [participants, anonymous, t]);
}
