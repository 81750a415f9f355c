// UI messages of restoring a backup: a refused file's problem in plain words, and the records
// a restore keeps but cannot show. Swedish (the reference), Finnish and English.

const sv = {
  invalid:
    'Säkerhetskopian är skadad eller har ändrats för hand och kan inte återställas: {{problem}}. Välj en annan.',
  invalidIn:
    'Säkerhetskopian är skadad eller har ändrats för hand och kan inte återställas. I workshoppen ”{{title}}”: {{problem}}. Välj en annan.',
  recordFile: 'filen',
  recordWorkshop: 'en workshop',
  recordThisWorkshop: 'workshoppen',
  recordGroup: 'en grupp',
  recordPlacement: 'en placering',
  recordParticipant: 'en deltagare',
  recordRound: 'en runda',
  recordVote: 'en röst',
  outsideMatrix: 'en position ligger utanför matrisen',
  voteValue: 'en röst är varken en plats i matrisen eller ”vet inte”',
  placedTwice: 'en modell är placerad två gånger',
  votedTwice: 'en deltagare har placerat samma modell två gånger i samma runda',
  roundTwice: 'en runda finns två gånger',
  duplicateId: '{{record}} finns två gånger',
  unknownWorkshop: '{{record}} hör till en workshop som inte finns i filen',
  unknownParticipant: 'en röst anger en deltagare som inte finns i filen',
  participantElsewhere: 'en röst anger en deltagare från en annan workshop',
  unknownRound: 'en röst hör till en runda som inte finns i filen',
  unknownGroup: 'en deltagare hör till en grupp som workshoppen inte har',
  tooManyUnknownPlacements:
    'fler än {{max}} placeringar gäller modeller som den här versionen inte känner till',
  tooManyUnknownVotes:
    'en deltagare har fler än {{max}} röster i en runda på modeller som den här versionen inte känner till',
  tooManyRecords: 'filen innehåller orimligt många poster',
  unknownField: '{{record}} har en uppgift som den här versionen inte känner till',
  missingField: '{{record}} saknar en uppgift som krävs',
  tooLong: '{{record}} har en för lång text',
  badVersion: 'filens versionsnummer är ogiltigt',
  badValue: '{{record}} har ett värde som appen inte kan läsa',
  readFailed: 'Säkerhetskopian kunde inte läsas. Försök igen eller välj en annan.',
  restoreFailed: 'Återställningen misslyckades och ingenting ändrades.',
  safetyFailed:
    'Inget återställdes: de nuvarande workshopparna kunde inte säkerhetskopieras först. Spara en säkerhetskopia som fil nedan och försök igen.',
  technicalDetails: 'Tekniska detaljer',
  unknownPlacements_one:
    '{{count}} placering i ”{{title}}” gäller en modell som den här versionen inte känner till; den behålls men visas inte.',
  unknownPlacements_other:
    '{{count}} placeringar i ”{{title}}” gäller modeller som den här versionen inte känner till; de behålls men visas inte.',
  unknownVotes_one:
    '{{count}} röst i ”{{title}}” gäller en modell som den här versionen inte känner till; den behålls men visas inte.',
  unknownVotes_other:
    '{{count}} röster i ”{{title}}” gäller modeller som den här versionen inte känner till; de behålls men visas inte.',
  unknownMore_one: 'Likadant i {{count}} workshop till.',
  unknownMore_other: 'Likadant i {{count}} workshoppar till.',
  restored: 'Workshopparna är återställda.',
  toWorkshops: 'Till workshopparna',
} as const;

// A record is the subject of its sentence ("yksi sijoitus on tiedostossa kahdesti"): Finnish
// has no article, so "yksi" says "a" where it matters.
const fi: Record<keyof typeof sv, string> = {
  invalid:
    'Varmuuskopio on vioittunut tai sitä on muokattu käsin, eikä sitä voi palauttaa: {{problem}}. Valitse toinen.',
  invalidIn:
    'Varmuuskopio on vioittunut tai sitä on muokattu käsin, eikä sitä voi palauttaa. Työpajassa ”{{title}}”: {{problem}}. Valitse toinen.',
  recordFile: 'tiedosto',
  recordWorkshop: 'yksi työpaja',
  recordThisWorkshop: 'työpaja',
  recordGroup: 'yksi ryhmä',
  recordPlacement: 'yksi sijoitus',
  recordParticipant: 'yksi osallistuja',
  recordRound: 'yksi kierros',
  recordVote: 'yksi ääni',
  outsideMatrix: 'yksi sijainti on matriisin ulkopuolella',
  voteValue: 'yksi ääni ei ole matriisin piste eikä ”en tiedä”',
  placedTwice: 'sama malli on sijoitettu kahdesti',
  votedTwice: 'sama osallistuja on sijoittanut saman mallin kahdesti samalla kierroksella',
  roundTwice: 'sama kierros on tiedostossa kahdesti',
  duplicateId: '{{record}} on tiedostossa kahdesti',
  unknownWorkshop: '{{record}} kuuluu työpajaan, jota tiedostossa ei ole',
  unknownParticipant: 'yksi ääni viittaa osallistujaan, jota tiedostossa ei ole',
  participantElsewhere: 'yksi ääni viittaa toisen työpajan osallistujaan',
  unknownRound: 'yksi ääni kuuluu kierrokseen, jota tiedostossa ei ole',
  unknownGroup: 'yksi osallistuja kuuluu ryhmään, jota työpajassa ei ole',
  tooManyUnknownPlacements: 'yli {{max}} sijoitusta koskee malleja, joita tämä versio ei tunne',
  tooManyUnknownVotes:
    'yhdellä osallistujalla on yhdellä kierroksella yli {{max}} ääntä malleille, joita tämä versio ei tunne',
  tooManyRecords: 'tiedostossa on epäuskottavan monta tietuetta',
  unknownField: '{{record}} sisältää tiedon, jota tämä versio ei tunne',
  missingField: '{{record}} ei sisällä pakollista tietoa',
  tooLong: '{{record}} sisältää liian pitkän tekstin',
  badVersion: 'tiedoston versionumero ei kelpaa',
  badValue: '{{record}} sisältää arvon, jota sovellus ei pysty lukemaan',
  readFailed: 'Varmuuskopiota ei voitu lukea. Yritä uudelleen tai valitse toinen.',
  restoreFailed: 'Palautus epäonnistui, eikä mitään muutettu.',
  safetyFailed:
    'Mitään ei palautettu: nykyisistä työpajoista ei voitu ensin ottaa varmuuskopiota. Tallenna varmuuskopio tiedostoon alla ja yritä sitten uudelleen.',
  technicalDetails: 'Tekniset tiedot',
  unknownPlacements_one:
    '{{count}} sijoitus työpajassa ”{{title}}” koskee mallia, jota tämä versio ei tunne; se säilytetään mutta sitä ei näytetä.',
  unknownPlacements_other:
    '{{count}} sijoitusta työpajassa ”{{title}}” koskee malleja, joita tämä versio ei tunne; ne säilytetään mutta niitä ei näytetä.',
  unknownVotes_one:
    '{{count}} ääni työpajassa ”{{title}}” koskee mallia, jota tämä versio ei tunne; se säilytetään mutta sitä ei näytetä.',
  unknownVotes_other:
    '{{count}} ääntä työpajassa ”{{title}}” koskee malleja, joita tämä versio ei tunne; ne säilytetään mutta niitä ei näytetä.',
  unknownMore_one: 'Samoin {{count}} muussa työpajassa.',
  unknownMore_other: 'Samoin {{count}} muussa työpajassa.',
  restored: 'Työpajat on palautettu.',
  toWorkshops: 'Työpajoihin',
};

const en: Record<keyof typeof sv, string> = {
  invalid:
    'The backup is damaged or was edited by hand and cannot be restored: {{problem}}. Choose another one.',
  invalidIn:
    'The backup is damaged or was edited by hand and cannot be restored. In the workshop “{{title}}”: {{problem}}. Choose another one.',
  recordFile: 'the file',
  recordWorkshop: 'a workshop',
  recordThisWorkshop: 'the workshop',
  recordGroup: 'a group',
  recordPlacement: 'a placement',
  recordParticipant: 'a participant',
  recordRound: 'a round',
  recordVote: 'a vote',
  outsideMatrix: 'a position lies outside the matrix',
  voteValue: 'a vote is neither a point in the matrix nor “don’t know”',
  placedTwice: 'a model is placed twice',
  votedTwice: 'a participant placed the same model twice in one round',
  roundTwice: 'a round appears twice',
  duplicateId: '{{record}} appears twice',
  unknownWorkshop: '{{record}} belongs to a workshop that is not in the file',
  unknownParticipant: 'a vote names a participant who is not in the file',
  participantElsewhere: 'a vote names a participant of another workshop',
  unknownRound: 'a vote belongs to a round that is not in the file',
  unknownGroup: 'a participant belongs to a group the workshop does not have',
  tooManyUnknownPlacements: 'more than {{max}} placements are of models this version does not know',
  tooManyUnknownVotes:
    'a participant has more than {{max}} votes in one round for models this version does not know',
  tooManyRecords: 'the file holds an implausible number of records',
  unknownField: '{{record}} has a field this version does not know',
  missingField: '{{record}} lacks a required field',
  tooLong: '{{record}} has a text that is too long',
  badVersion: 'the file’s version number is not valid',
  badValue: '{{record}} has a value the app cannot read',
  readFailed: 'The backup could not be read. Try again or choose another one.',
  restoreFailed: 'The restore failed and nothing was changed.',
  safetyFailed:
    'Nothing was restored: the current workshops could not be backed up first. Save a backup file below, then try again.',
  technicalDetails: 'Technical details',
  unknownPlacements_one:
    '{{count}} placement in “{{title}}” is of a model this version does not know; it is kept but not shown.',
  unknownPlacements_other:
    '{{count}} placements in “{{title}}” are of models this version does not know; they are kept but not shown.',
  unknownVotes_one:
    '{{count}} vote in “{{title}}” is for a model this version does not know; it is kept but not shown.',
  unknownVotes_other:
    '{{count}} votes in “{{title}}” are for models this version does not know; they are kept but not shown.',
  unknownMore_one: 'The same in {{count}} more workshop.',
  unknownMore_other: 'The same in {{count}} more workshops.',
  restored: 'The workshops are restored.',
  toWorkshops: 'Go to the workshops',
};

export const restoreMessages = { sv, fi, en };
