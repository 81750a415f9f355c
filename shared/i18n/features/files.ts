// UI messages of the workshop's files: workshop files out and in, CSV, the matrix picture and
// the results pack; the browser's storage note and its safety file before a restore.
// Swedish (the reference), Finnish and English.

const sv = {
  filesButton: 'Filer',
  filesOf: 'Filer för {{title}}',
  filesHeading: 'Workshoppens filer',
  close: 'Stäng',
  workshopFile: 'Workshopfil (.json)',
  workshopFileIntro:
    'Hela workshoppen med deltagare, rundor och röster: för att flytta den till en annan dator eller dela den.',
  pack: 'Resultatpaket (.zip)',
  packIntro:
    'Handlingsplanen (PDF), placeringarna och rösterna (CSV) och matrisen som bild (PNG) i en fil.',
  placementsCsv: 'Placeringar (.csv)',
  votesCsv: 'Röster (.csv)',
  csvIntro: 'För Excel eller LibreOffice.',
  png: 'Matrisen som bild (.png)',
  pngIntro: 'I tryckupplösning (300 dpi), med teckenförklaring.',
  working: 'Skapar filen…',
  saved: 'Filen {{name}} sparas.',
  failed: 'Filen kunde inte skapas: {{message}}. Försök igen.',
  exportSeveral: 'Exportera workshoppar…',
  exportHeading: 'Exportera workshoppar',
  exportIntro: 'Välj vilka workshoppar workshopfilen ska innehålla.',
  exportAll: 'Alla workshoppar',
  exportSave: 'Spara workshopfil',
  exportNone: 'Välj minst en workshop.',
  importButton: 'Importera workshopfil…',
  importHeading: 'Importera workshopfil',
  importReading: 'Läser filen…',
  importSummary_one: 'Filen ”{{name}}” innehåller {{count}} workshop.',
  importSummary_other: 'Filen ”{{name}}” innehåller {{count}} workshoppar.',
  importBackup: 'Det är en säkerhetskopia; dess workshoppar läggs till bredvid dem som finns här.',
  importCopies_one:
    '{{count}} av dem finns redan här och läggs till som en kopia med ”(kopia)” i titeln.',
  importCopies_other:
    '{{count}} av dem finns redan här och läggs till som kopior med ”(kopia)” i titeln.',
  importNothingReplaced: 'Ingenting som redan finns här ändras eller ersätts.',
  importConfirm: 'Importera',
  cancel: 'Avbryt',
  importing: 'Importerar…',
  imported_one: '{{count}} workshop importerades:',
  imported_other: '{{count}} workshoppar importerades:',
  importEmpty: 'Filen innehåller inga workshoppar; ingenting importerades.',
  importFailed: 'Importen misslyckades och ingenting ändrades.',
  importQuota:
    'Disken är full – ingenting importerades och ingenting ändrades. Frigör utrymme och försök igen.',
  copyMark: '(kopia)',
  errorTooLarge: 'Filen är större än 20 MB och kan inte vara en workshopfil från Klimatverkstad.',
  errorNotJson:
    'Filen går inte att läsa som JSON; den kan vara skadad eller avkortad. Välj en annan fil.',
  errorTooDeep: 'Filen är för djupt nästlad för att vara en workshopfil. Välj en annan fil.',
  errorWrongFormat:
    'Filen är varken en workshopfil eller en säkerhetskopia från Klimatverkstad. Välj en annan fil.',
  errorNewerVersion:
    'Filen är gjord av en nyare version av Klimatverkstad (format {{detail}}). Uppdatera appen och försök igen.',
  errorRead: 'Filen kunde inte läsas. Försök igen eller välj en annan.',
  invalid:
    'Workshopfilen är skadad eller har ändrats för hand och kan inte importeras: {{problem}}. Välj en annan.',
  invalidIn:
    'Workshopfilen är skadad eller har ändrats för hand och kan inte importeras. I workshoppen ”{{title}}”: {{problem}}. Välj en annan.',
  csvModel: 'Modell',
  csvCategory: 'Kategori',
  csvQuadrant: 'Kvadrant',
  csvX: 'Resurser som behövs (0–100)',
  csvY: 'Förväntad klimatpåverkan (0–100)',
  csvRound: 'Runda',
  csvParticipant: 'Deltagare',
  csvGroup: 'Grupp',
  csvSkip: 'vet inte',
  namePlacements: 'placeringar',
  nameVotes: 'röster',
  nameMatrix: 'matris',
  restoreSafetyWeb:
    'Först sparas de nuvarande workshopparna som en säkerhetskopia (en nedladdning), så att återställningen går att ångra.',
  storagePersistent:
    'Webbläsaren har lovat att behålla workshopparna när utrymmet tar slut. De försvinner ändå om någon rensar webbläsarens data eller tar bort profilen.',
  storageBestEffort:
    'Webbläsaren kan rensa workshopparna: när disken blir full, när någon rensar webbläsarens data eller efter egna regler för webbplatser som inte används.',
  storageUnknown:
    'Okänt om webbläsaren behåller workshopparna. En webbläsare kan rensa sin data, inte bara när disken är full.',
  storageReminder: 'Spara en säkerhetskopia som fil (Säkerhetskopior) efter ändringar.',
};

const fi: Record<keyof typeof sv, string> = {
  filesButton: 'Tiedostot',
  filesOf: 'Tiedostot: {{title}}',
  filesHeading: 'Työpajan tiedostot',
  close: 'Sulje',
  workshopFile: 'Työpajatiedosto (.json)',
  workshopFileIntro:
    'Koko työpaja osallistujineen, kierroksineen ja äänineen: siirtoon toiselle tietokoneelle tai jakamiseen.',
  pack: 'Tulospaketti (.zip)',
  packIntro:
    'Toimintasuunnitelma (PDF), sijoitukset ja äänet (CSV) sekä matriisi kuvana (PNG) yhdessä tiedostossa.',
  placementsCsv: 'Sijoitukset (.csv)',
  votesCsv: 'Äänet (.csv)',
  csvIntro: 'Exceliin tai LibreOfficeen.',
  png: 'Matriisi kuvana (.png)',
  pngIntro: 'Painotarkkuudella (300 dpi), selitteineen.',
  working: 'Luodaan tiedostoa…',
  saved: 'Tiedosto tallennetaan: {{name}}.',
  failed: 'Tiedostoa ei voitu luoda: {{message}}. Yritä uudelleen.',
  exportSeveral: 'Vie työpajoja…',
  exportHeading: 'Vie työpajoja',
  exportIntro: 'Valitse työpajat, jotka työpajatiedostoon tallennetaan.',
  exportAll: 'Kaikki työpajat',
  exportSave: 'Tallenna työpajatiedosto',
  exportNone: 'Valitse vähintään yksi työpaja.',
  importButton: 'Tuo työpajatiedosto…',
  importHeading: 'Tuo työpajatiedosto',
  importReading: 'Luetaan tiedostoa…',
  importSummary_one: 'Tiedostossa ”{{name}}” on {{count}} työpaja.',
  importSummary_other: 'Tiedostossa ”{{name}}” on {{count}} työpajaa.',
  importBackup: 'Se on varmuuskopio; sen työpajat lisätään täällä olevien rinnalle.',
  importCopies_one:
    '{{count}} niistä on jo täällä, ja se lisätään kopiona, jonka nimessä on ”(kopio)”.',
  importCopies_other:
    '{{count}} niistä on jo täällä, ja ne lisätään kopioina, joiden nimessä on ”(kopio)”.',
  importNothingReplaced: 'Mitään täällä jo olevaa ei muuteta eikä korvata.',
  importConfirm: 'Tuo',
  cancel: 'Peruuta',
  importing: 'Tuodaan…',
  imported_one: '{{count}} työpaja tuotiin:',
  imported_other: '{{count}} työpajaa tuotiin:',
  importEmpty: 'Tiedostossa ei ole työpajoja; mitään ei tuotu.',
  importFailed: 'Tuonti epäonnistui, eikä mitään muutettu.',
  importQuota:
    'Levy on täynnä – mitään ei tuotu eikä mitään muutettu. Vapauta tilaa ja yritä uudelleen.',
  copyMark: '(kopio)',
  errorTooLarge: 'Tiedosto on yli 20 Mt, joten se ei voi olla Klimatverkstadin työpajatiedosto.',
  errorNotJson:
    'Tiedostoa ei voi lukea JSON-muodossa; se voi olla vioittunut tai katkennut. Valitse toinen tiedosto.',
  errorTooDeep: 'Tiedosto on liian syvälle sisäkkäinen ollakseen työpajatiedosto. Valitse toinen.',
  errorWrongFormat:
    'Tiedosto ei ole Klimatverkstadin työpajatiedosto eikä varmuuskopio. Valitse toinen tiedosto.',
  errorNewerVersion:
    'Tiedoston on tehnyt Klimatverkstadin uudempi versio (muoto {{detail}}). Päivitä sovellus ja yritä uudelleen.',
  errorRead: 'Tiedostoa ei voitu lukea. Yritä uudelleen tai valitse toinen.',
  invalid:
    'Työpajatiedosto on vioittunut tai sitä on muokattu käsin, eikä sitä voi tuoda: {{problem}}. Valitse toinen.',
  invalidIn:
    'Työpajatiedosto on vioittunut tai sitä on muokattu käsin, eikä sitä voi tuoda. Työpajassa ”{{title}}”: {{problem}}. Valitse toinen.',
  csvModel: 'Malli',
  csvCategory: 'Luokka',
  csvQuadrant: 'Nelikenttä',
  csvX: 'Tarvittavat resurssit (0–100)',
  csvY: 'Odotettu ilmastovaikutus (0–100)',
  csvRound: 'Kierros',
  csvParticipant: 'Osallistuja',
  csvGroup: 'Ryhmä',
  csvSkip: 'en tiedä',
  namePlacements: 'sijoitukset',
  nameVotes: 'äänet',
  nameMatrix: 'matriisi',
  restoreSafetyWeb:
    'Ensin nykyiset työpajat tallennetaan varmuuskopioksi (lataus), joten palautuksen voi perua.',
  storagePersistent:
    'Selain on luvannut säilyttää työpajat, kun tila loppuu. Ne katoavat silti, jos joku tyhjentää selaimen tiedot tai poistaa profiilin.',
  storageBestEffort:
    'Selain voi poistaa työpajat: kun levy täyttyy, kun joku tyhjentää selaimen tiedot tai omien sääntöjensä mukaan sivustoilta, joita ei käytetä.',
  storageUnknown:
    'Ei tiedetä, säilyttääkö selain työpajat. Selain voi poistaa tietonsa muulloinkin kuin levyn täyttyessä.',
  storageReminder: 'Tallenna varmuuskopio tiedostoon (Varmuuskopiot) muutosten jälkeen.',
};

const en: Record<keyof typeof sv, string> = {
  filesButton: 'Files',
  filesOf: 'Files of {{title}}',
  filesHeading: 'The workshop’s files',
  close: 'Close',
  workshopFile: 'Workshop file (.json)',
  workshopFileIntro:
    'The whole workshop with its participants, rounds and votes: to move it to another computer or share it.',
  pack: 'Results pack (.zip)',
  packIntro:
    'The action plan (PDF), the placements and votes (CSV) and the matrix as a picture (PNG) in one file.',
  placementsCsv: 'Placements (.csv)',
  votesCsv: 'Votes (.csv)',
  csvIntro: 'For Excel or LibreOffice.',
  png: 'Matrix as a picture (.png)',
  pngIntro: 'At print resolution (300 dpi), with a legend.',
  working: 'Creating the file…',
  saved: 'The file {{name}} is being saved.',
  failed: 'The file could not be created: {{message}}. Please try again.',
  exportSeveral: 'Export workshops…',
  exportHeading: 'Export workshops',
  exportIntro: 'Choose the workshops the workshop file should hold.',
  exportAll: 'All workshops',
  exportSave: 'Save workshop file',
  exportNone: 'Choose at least one workshop.',
  importButton: 'Import workshop file…',
  importHeading: 'Import a workshop file',
  importReading: 'Reading the file…',
  importSummary_one: 'The file “{{name}}” holds {{count}} workshop.',
  importSummary_other: 'The file “{{name}}” holds {{count}} workshops.',
  importBackup: 'It is a backup; its workshops are added beside the ones here.',
  importCopies_one: '{{count}} of them is already here and comes in as a copy marked “(copy)”.',
  importCopies_other: '{{count}} of them are already here and come in as copies marked “(copy)”.',
  importNothingReplaced: 'Nothing that is already here is changed or replaced.',
  importConfirm: 'Import',
  cancel: 'Cancel',
  importing: 'Importing…',
  imported_one: '{{count}} workshop was imported:',
  imported_other: '{{count}} workshops were imported:',
  importEmpty: 'The file holds no workshops; nothing was imported.',
  importFailed: 'The import failed and nothing was changed.',
  importQuota:
    'The disk is full – nothing was imported and nothing was changed. Free some space and try again.',
  copyMark: '(copy)',
  errorTooLarge: 'The file is larger than 20 MB and cannot be a Klimatverkstad workshop file.',
  errorNotJson:
    'The file cannot be read as JSON; it may be damaged or cut off. Choose another file.',
  errorTooDeep: 'The file is nested too deeply to be a workshop file. Choose another file.',
  errorWrongFormat:
    'The file is neither a Klimatverkstad workshop file nor a backup. Choose another file.',
  errorNewerVersion:
    'The file was made by a newer version of Klimatverkstad (format {{detail}}). Update the app and try again.',
  errorRead: 'The file could not be read. Try again or choose another one.',
  invalid:
    'The workshop file is damaged or was edited by hand and cannot be imported: {{problem}}. Choose another one.',
  invalidIn:
    'The workshop file is damaged or was edited by hand and cannot be imported. In the workshop “{{title}}”: {{problem}}. Choose another one.',
  csvModel: 'Model',
  csvCategory: 'Category',
  csvQuadrant: 'Quadrant',
  csvX: 'Resources needed (0–100)',
  csvY: 'Expected climate impact (0–100)',
  csvRound: 'Round',
  csvParticipant: 'Participant',
  csvGroup: 'Group',
  csvSkip: "don't know",
  namePlacements: 'placements',
  nameVotes: 'votes',
  nameMatrix: 'matrix',
  restoreSafetyWeb:
    'First the current workshops are saved as a backup file (a download), so the restore can be undone.',
  storagePersistent:
    'The browser has promised to keep the workshops when space runs low. They are still lost if someone clears the browser’s data or removes the profile.',
  storageBestEffort:
    'The browser may clear the workshops: when the disk fills up, when someone clears the browser’s data, or by its own rules for sites that are not used.',
  storageUnknown:
    'Unknown whether the browser keeps the workshops. A browser may clear its data, not only when the disk is full.',
  storageReminder: 'Save a backup file (Backups) after changes.',
};

export const filesMessages = { sv, fi, en };
