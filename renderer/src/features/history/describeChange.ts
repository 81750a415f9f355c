import type { TFunction } from 'i18next';
import type { Change } from '@shared/domain/changes';

type Names = {
  modelTitle: (modelId: string) => string;
  participantName: (participantId: string) => string;
};

/** A change in a few words, for undo and redo's announcements: "the placement of Open data". */
export function describeChange(change: Change, names: Names, t: TFunction): string {
  switch (change.kind) {
    case 'placement.set':
      return t('rounds.what_placement', { title: names.modelTitle(change.modelId) });
    case 'vote.set':
      return t('rounds.what_vote', {
        who: names.participantName(change.participantId),
        title: names.modelTitle(change.modelId),
      });
    case 'participant.set':
      return t('rounds.what_participant', { who: names.participantName(change.participantId) });
    case 'round.set':
      return t('rounds.what_round', { number: change.round });
    case 'setup.set':
      return t('rounds.what_setup');
    case 'phase.set':
      return t('phases.whatPhase', { phase: t(`phases.phase_${change.to}`) });
    case 'batch':
      return t(`rounds.what_${change.label.replace('.', '_')}`);
  }
}
