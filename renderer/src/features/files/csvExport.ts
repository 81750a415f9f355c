import type { TFunction } from 'i18next';
import { CATEGORIES, getModel, MODELS, type Locale, type LocalizedText } from '@shared/catalogue';
import { participantNumbers, type Participant } from '@shared/domain/participant';
import { rankPlacements } from '@shared/domain/ranking';
import type { Vote } from '@shared/domain/vote';
import type { Placement, Workshop } from '@shared/domain/workshop';
import { csvDialect, placementsCsv, votesCsv } from '@shared/io/csv';
import { groupLabel, participantLabel } from '../participants/labels';

const localized = (text: LocalizedText, locale: Locale) =>
  text[locale]?.trim() ? text[locale] : text.sv;

// A placement or vote of a model this version does not know is kept in the file under its id:
// the spreadsheet shows everything the workshop holds, and says which model it was.
const modelTitle = (id: string, locale: Locale) => {
  const model = getModel(id);
  return model ? localized(model.title, locale) : id;
};

const categoryTitle = (id: string, locale: Locale) => {
  const category = CATEGORIES.find((c) => c.id === getModel(id)?.category);
  return category ? localized(category.title, locale) : '';
};

/** The group's placements as CSV, in the order the plan ranks them. */
export function placementsCsvText(
  placements: readonly Placement[],
  locale: Locale,
  t: TFunction,
): string {
  const rows = rankPlacements(placements).map((p) => ({
    model: modelTitle(p.modelId, locale),
    category: categoryTitle(p.modelId, locale),
    quadrant: t(`quadrant.${p.quadrant}`),
    position: p.position,
  }));
  const header = {
    model: t('files.csvModel'),
    category: t('files.csvCategory'),
    quadrant: t('files.csvQuadrant'),
    x: t('files.csvX'),
    y: t('files.csvY'),
  };
  return placementsCsv(rows, header, csvDialect(locale));
}

/** Catalogue order, unknown models after the known ones. */
const catalogueIndex = new Map(MODELS.map((model, index) => [model.id, index]));

/**
 * The participants' votes as CSV, by round, participant (in the order they were added) and
 * model. Participants are named as the screens name them: by number when the workshop is
 * anonymous or the participant gave no name.
 */
export function votesCsvText(
  workshop: Workshop,
  participants: readonly Participant[],
  votes: readonly Vote[],
  locale: Locale,
  t: TFunction,
): string {
  const numbers = participantNumbers(participants);
  const byId = new Map(participants.map((p) => [p.id, p]));
  const order = (id: string) => catalogueIndex.get(id) ?? MODELS.length;
  const sorted = [...votes].sort(
    (a, b) =>
      a.round - b.round ||
      (numbers.get(a.participantId) ?? 0) - (numbers.get(b.participantId) ?? 0) ||
      order(a.modelId) - order(b.modelId) ||
      (a.modelId < b.modelId ? -1 : a.modelId > b.modelId ? 1 : 0),
  );
  const rows = sorted.map((vote) => {
    const participant = byId.get(vote.participantId);
    const group = workshop.setup.groups.find((g) => g.id === participant?.groupId);
    return {
      round: vote.round,
      participant: participant
        ? participantLabel(
            participant,
            numbers.get(participant.id) ?? 0,
            workshop.setup.anonymous,
            t,
          )
        : t('pooled.removedParticipant'),
      group: groupLabel(group, t),
      model: modelTitle(vote.modelId, locale),
      value: vote.value,
    };
  });
  const header = {
    round: t('files.csvRound'),
    participant: t('files.csvParticipant'),
    group: t('files.csvGroup'),
    model: t('files.csvModel'),
    x: t('files.csvX'),
    y: t('files.csvY'),
  };
  return votesCsv(rows, header, t('files.csvSkip'), csvDialect(locale));
}
