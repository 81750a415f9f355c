import type { Locale } from '../catalogue/types';
import type { BUILT_IN_GROUP_IDS } from '../domain/workshop';
import { MESSAGES, type Messages } from './index';

export type BuiltInGroupId = (typeof BUILT_IN_GROUP_IDS)[number];

/**
 * The action plan's words for the participants' votes: the spread on the matrix and the method
 * note. Same placeholder syntax as the rest of the plan labels (`{name}`, see `fillLabel`).
 */
export type PlanVotingLabels = {
  /** Names of the built-in groups a facilitator did not rename. */
  groups: Record<BuiltInGroupId, string>;
  /** An added group left without a name, by its place in the setup. */
  groupNumbered: string;
  /** Votes whose participant or group no longer exists. */
  groupUnknown: string;
  spreadCount: string;
  spreadCountSkipped: string;
  spreadKey: string;
  methodHeading: string;
  methodRounds: { one: string; other: string };
  methodParticipants: { one: string; other: string };
  methodNoParticipants: string;
  methodGroup: string;
  methodPooling: string;
  methodRule: string;
  methodMet: { one: string; other: string };
};

/** Built-in group names are the app's own words, so the plan and the participant list agree. */
function groupLabels(messages: Messages['participants']): PlanVotingLabels['groups'] {
  return {
    companies: messages.group_companies,
    council: messages.group_council,
    officials: messages.group_officials,
    other: messages.group_other,
  };
}

const sv: PlanVotingLabels = {
  groups: groupLabels(MESSAGES.sv.participants),
  groupNumbered: 'Grupp {number}',
  groupUnknown: MESSAGES.sv.participants.groupUnknown,
  spreadCount: 'n = {n}',
  spreadCountSkipped: 'n = {n}, {skipped} vet ej',
  spreadKey:
    'Ruta: mittersta hälften av deltagarnas placeringar (kvartilavståndet). ' +
    'n = antal deltagare som placerade modellen.',
  methodHeading: 'Metod',
  methodRounds: {
    one:
      'Deltagarna placerade modellerna var för sig, utan att se varandras svar, i {count} ' +
      'omgång. Spridningen i planen kommer från runda {round}.',
    other:
      'Deltagarna placerade modellerna var för sig, utan att se varandras svar, i {count} ' +
      'omgångar. Spridningen i planen kommer från den senaste, runda {round}.',
  },
  methodParticipants: {
    one: '{count} deltagare svarade i runda {round} ({groups}).',
    other: '{count} deltagare svarade i runda {round} ({groups}).',
  },
  methodNoParticipants: 'Ingen deltagare svarade i runda {round}.',
  methodGroup: '{group}: {count}',
  methodPooling:
    'Numret på matrisen är gruppens gemensamma position. Rutan visar mittersta hälften av ' +
    'deltagarnas egna placeringar, från första till tredje kvartilen på varje axel. ' +
    'Median och kvartiler räknas per axel som i kalkylprogram (KVARTIL.INK, QUARTILE.INC). ' +
    '”Vet ej” räknas men ingår inte i beräkningen.',
  methodRule:
    'Konsensus, enligt regeln som bestämdes före omgångarna: minst {percent} % av ' +
    'placeringarna i en och samma kvadrant.',
  methodMet: {
    one: '{met} av {count} modell i planen nådde konsensus.',
    other: '{met} av {count} modeller i planen nådde konsensus.',
  },
};

const fi: PlanVotingLabels = {
  groups: groupLabels(MESSAGES.fi.participants),
  groupNumbered: 'Ryhmä {number}',
  groupUnknown: MESSAGES.fi.participants.groupUnknown,
  spreadCount: 'n = {n}',
  spreadCountSkipped: 'n = {n}, {skipped} en tiedä',
  spreadKey:
    'Laatikko: osallistujien sijoitusten keskimmäinen puolikas (kvartiiliväli). ' +
    'n = mallin sijoittaneiden osallistujien määrä.',
  methodHeading: 'Menetelmä',
  methodRounds: {
    one:
      'Osallistujat sijoittivat mallit kukin erikseen, näkemättä toistensa vastauksia, ' +
      '{count} kierroksella. Suunnitelman hajonta on kierrokselta {round}.',
    other:
      'Osallistujat sijoittivat mallit kukin erikseen, näkemättä toistensa vastauksia, ' +
      '{count} kierroksella. Suunnitelman hajonta on viimeiseltä kierrokselta {round}.',
  },
  methodParticipants: {
    one: '{count} osallistuja vastasi kierroksella {round} ({groups}).',
    other: '{count} osallistujaa vastasi kierroksella {round} ({groups}).',
  },
  methodNoParticipants: 'Kukaan osallistuja ei vastannut kierroksella {round}.',
  methodGroup: '{group}: {count}',
  methodPooling:
    'Matriisin numero on ryhmän yhteinen sijainti. Laatikko näyttää osallistujien omien ' +
    'sijoitusten keskimmäisen puolikkaan, ensimmäisestä kolmanteen kvartiiliin kummallakin ' +
    'akselilla. Mediaani ja kvartiilit lasketaan akseleittain kuten taulukkolaskentaohjelmissa ' +
    '(NELJÄNNES.SIS, QUARTILE.INC). ”En tiedä” -vastaukset kirjataan, mutta niitä ei oteta ' +
    'mukaan laskentaan.',
  methodRule:
    'Konsensus ennen kierroksia sovitun säännön mukaan: vähintään {percent} % ' +
    'sijoituksista samassa lohkossa.',
  methodMet: {
    one: 'Suunnitelman {count} mallista {met} saavutti konsensuksen.',
    other: 'Suunnitelman {count} mallista {met} saavutti konsensuksen.',
  },
};

const en: PlanVotingLabels = {
  groups: groupLabels(MESSAGES.en.participants),
  groupNumbered: 'Group {number}',
  groupUnknown: MESSAGES.en.participants.groupUnknown,
  spreadCount: 'n = {n}',
  spreadCountSkipped: 'n = {n}, {skipped} don’t know',
  spreadKey:
    'Box: middle half of the participants’ placements (interquartile range). ' +
    'n = number of participants who placed the model.',
  methodHeading: 'Method',
  methodRounds: {
    one:
      'The participants placed the models individually, without seeing each other’s ' +
      'answers, in {count} round. The spread in this plan comes from round {round}.',
    other:
      'The participants placed the models individually, without seeing each other’s ' +
      'answers, in {count} rounds. The spread in this plan comes from the latest, round {round}.',
  },
  methodParticipants: {
    one: '{count} participant answered in round {round} ({groups}).',
    other: '{count} participants answered in round {round} ({groups}).',
  },
  methodNoParticipants: 'No participant answered in round {round}.',
  methodGroup: '{group}: {count}',
  methodPooling:
    'The number on the matrix is the position the group agreed on. The box shows the middle ' +
    'half of the participants’ own placements, from the first to the third quartile on each ' +
    'axis. Median and quartiles are computed per axis as spreadsheets do ' +
    '(QUARTILE.INC). “Don’t know” answers are counted but not pooled.',
  methodRule:
    'Consensus, by the rule set before the rounds: at least {percent} % of the placements in ' +
    'one quadrant.',
  methodMet: {
    one: '{met} of {count} model in this plan reached consensus.',
    other: '{met} of {count} models in this plan reached consensus.',
  },
};

export const PLAN_VOTING_LABELS: Record<Locale, PlanVotingLabels> = { sv, fi, en };
