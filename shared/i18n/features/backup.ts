// UI messages of the Backups screen and the backup status: automatic backups, restoring from
// them or from a file, and saving a backup file. Swedish (the reference), Finnish and English.

const sv = {
  open: 'Säkerhetskopior',
  heading: 'Säkerhetskopior',
  back: 'Alla workshoppar',
  autoHeading: 'Automatiska säkerhetskopior',
  autoIntro:
    'Appen sparar en kopia av alla workshoppar i sin mapp på den här datorn: när du startar den och 30 sekunder efter din senaste ändring, högst var femte minut. De tio senaste behålls.',
  webIntro:
    'I webbläsaren tas inga automatiska säkerhetskopior. Spara en säkerhetskopia som fil efter varje workshop; den kan återställas här eller i skrivbordsappen.',
  none: 'Inga säkerhetskopior ännu.',
  workshopCount_one: '{{count}} workshop',
  workshopCount_other: '{{count}} workshoppar',
  damaged: 'Skadad – kan inte återställas',
  restore: 'Återställ',
  restoreBackup: 'Återställ säkerhetskopian från {{date}}',
  fileHeading: 'Återställ från fil',
  fileIntro: 'Välj en säkerhetskopia (.json) från Klimatverkstad.',
  fromFile: 'Återställ från fil…',
  saveHeading: 'Spara en säkerhetskopia som fil',
  saveIntro:
    'Sparar alla workshoppar i en fil – spara den på ett USB-minne eller flytta workshopparna till en annan dator.',
  saveButton: 'Spara säkerhetskopia…',
  saved: 'Säkerhetskopian {{name}} sparas.',
  confirmHeading: 'Ersätta alla workshoppar?',
  confirmBody:
    'Alla workshoppar på den här datorn ersätts med innehållet i {{source}} ({{workshops}}). Workshoppar som inte finns där tas bort.',
  confirmSafety: 'Först sparas en säkerhetskopia av de nuvarande workshopparna.',
  confirm: 'Ersätt',
  cancel: 'Avbryt',
  sourceBackup: 'säkerhetskopian från {{date}}',
  sourceFile: 'filen ”{{name}}”',
  restoring: 'Återställer…',
  errorTooLarge:
    'Filen är större än 20 MB och kan inte vara en säkerhetskopia från Klimatverkstad.',
  errorNotJson:
    'Filen går inte att läsa som JSON; den kan vara skadad eller avkortad. Välj en annan säkerhetskopia.',
  errorTooDeep: 'Filen är för djupt nästlad för att vara en säkerhetskopia. Välj en annan fil.',
  errorWrongFormat: 'Filen är ingen säkerhetskopia från Klimatverkstad. Välj en annan fil.',
  errorNewerVersion:
    'Säkerhetskopian är gjord av en nyare version av Klimatverkstad (format {{detail}}). Uppdatera appen och försök igen.',
  errorNotFound: 'Säkerhetskopian finns inte längre. Välj en annan i listan.',
  listFailed:
    'Säkerhetskopiorna kunde inte listas ({{detail}}). Du kan fortfarande återställa från fil.',
  restoreQuota:
    'Disken är full – återställningen gjordes inte och ingenting ändrades. Frigör utrymme och försök igen.',
  statusWritten: 'Senaste säkerhetskopia: {{date}}.',
  statusUpToDate: 'Alla workshoppar finns i den senaste säkerhetskopian.',
  statusNothingToSave: 'Det finns inga workshoppar att säkerhetskopiera.',
  statusNothingNew: 'Nu finns inga workshoppar, så ingen ny säkerhetskopia tas.',
  statusFirstAt: 'Inte säkerhetskopierat ännu – den första säkerhetskopian tas kl. {{time}}.',
  statusNextAt: 'Dina senaste ändringar säkerhetskopieras kl. {{time}}.',
  statusRunning: 'Säkerhetskopierar…',
  statusDiskFull:
    'Den senaste automatiska säkerhetskopian misslyckades: disken är full. Frigör utrymme; själva workshopparna är oförändrade.',
  statusFailed: 'Den senaste automatiska säkerhetskopian misslyckades: {{detail}}',
};

const fi: Record<keyof typeof sv, string> = {
  open: 'Varmuuskopiot',
  heading: 'Varmuuskopiot',
  back: 'Kaikki työpajat',
  autoHeading: 'Automaattiset varmuuskopiot',
  autoIntro:
    'Sovellus tallentaa kopion kaikista työpajoista omaan kansioonsa tällä tietokoneella: käynnistyessään ja 30 sekuntia viimeisimmän muutoksesi jälkeen, enintään viiden minuutin välein. Kymmenen uusinta säilytetään.',
  webIntro:
    'Selaimessa automaattisia varmuuskopioita ei oteta. Tallenna varmuuskopio tiedostoon jokaisen työpajan jälkeen; sen voi palauttaa täällä tai työpöytäsovelluksessa.',
  none: 'Ei vielä varmuuskopioita.',
  workshopCount_one: '{{count}} työpaja',
  workshopCount_other: '{{count}} työpajaa',
  damaged: 'Vioittunut – ei voi palauttaa',
  restore: 'Palauta',
  restoreBackup: 'Palauta varmuuskopio: {{date}}',
  fileHeading: 'Palauta tiedostosta',
  fileIntro: 'Valitse Klimatverkstadin varmuuskopio (.json).',
  fromFile: 'Palauta tiedostosta…',
  saveHeading: 'Tallenna varmuuskopio tiedostoon',
  saveIntro:
    'Tallentaa kaikki työpajat yhteen tiedostoon – säilytä se USB-muistilla tai siirrä työpajat toiselle tietokoneelle.',
  saveButton: 'Tallenna varmuuskopio…',
  saved: 'Varmuuskopiota {{name}} tallennetaan.',
  confirmHeading: 'Korvataanko kaikki työpajat?',
  confirmBody:
    'Kaikki tämän tietokoneen työpajat korvataan seuraavan sisällöllä: {{source}} ({{workshops}}). Työpajat, joita siinä ei ole, poistetaan.',
  confirmSafety: 'Nykyisistä työpajoista otetaan ensin varmuuskopio.',
  confirm: 'Korvaa',
  cancel: 'Peruuta',
  sourceBackup: 'varmuuskopio {{date}}',
  sourceFile: 'tiedosto ”{{name}}”',
  restoring: 'Palautetaan…',
  errorTooLarge: 'Tiedosto on yli 20 Mt, joten se ei voi olla Klimatverkstadin varmuuskopio.',
  errorNotJson:
    'Tiedostoa ei voi lukea JSON-muodossa; se voi olla vioittunut tai katkennut. Valitse toinen varmuuskopio.',
  errorTooDeep:
    'Tiedoston rakenne on liian monitasoinen, jotta se voisi olla varmuuskopio. Valitse toinen tiedosto.',
  errorWrongFormat: 'Tiedosto ei ole Klimatverkstadin varmuuskopio. Valitse toinen tiedosto.',
  errorNewerVersion:
    'Varmuuskopion on tehnyt Klimatverkstadin uudempi versio (muoto {{detail}}). Päivitä sovellus ja yritä uudelleen.',
  errorNotFound: 'Varmuuskopiota ei enää ole. Valitse luettelosta toinen.',
  listFailed: 'Varmuuskopioita ei voitu luetella ({{detail}}). Voit silti palauttaa tiedostosta.',
  restoreQuota:
    'Levy on täynnä – palautusta ei tehty eikä mitään muutettu. Vapauta tilaa ja yritä uudelleen.',
  statusWritten: 'Viimeisin varmuuskopio: {{date}}.',
  statusUpToDate: 'Kaikki työpajat ovat viimeisimmässä varmuuskopiossa.',
  statusNothingToSave: 'Varmuuskopioitavia työpajoja ei ole.',
  statusNothingNew: 'Työpajoja ei nyt ole, joten uutta varmuuskopiota ei oteta.',
  statusFirstAt: 'Ei vielä varmuuskopioitu – ensimmäinen varmuuskopio otetaan klo {{time}}.',
  statusNextAt: 'Viimeisimmät muutoksesi varmuuskopioidaan klo {{time}}.',
  statusRunning: 'Varmuuskopioidaan…',
  statusDiskFull:
    'Viimeisin automaattinen varmuuskopiointi epäonnistui: levy on täynnä. Vapauta tilaa; itse työpajat ovat ennallaan.',
  statusFailed: 'Viimeisin automaattinen varmuuskopiointi epäonnistui: {{detail}}',
};

const en: Record<keyof typeof sv, string> = {
  open: 'Backups',
  heading: 'Backups',
  back: 'All workshops',
  autoHeading: 'Automatic backups',
  autoIntro:
    'The app keeps a copy of all workshops in its folder on this computer: when it starts, and 30 seconds after your latest change, at most every five minutes. The ten newest are kept.',
  webIntro:
    'The browser version takes no automatic backups. Save a backup file after each workshop; it restores here or in the desktop app.',
  none: 'No backups yet.',
  workshopCount_one: '{{count}} workshop',
  workshopCount_other: '{{count}} workshops',
  damaged: 'Damaged – cannot be restored',
  restore: 'Restore',
  restoreBackup: 'Restore the backup from {{date}}',
  fileHeading: 'Restore from a file',
  fileIntro: 'Choose a Klimatverkstad backup (.json).',
  fromFile: 'Restore from file…',
  saveHeading: 'Save a backup file',
  saveIntro:
    'Saves all workshops to one file — keep it on a USB stick or move the workshops to another computer.',
  saveButton: 'Save a backup file…',
  saved: 'The backup file {{name}} is being saved.',
  confirmHeading: 'Replace all workshops?',
  confirmBody:
    'All workshops on this computer will be replaced by the contents of {{source}} ({{workshops}}). Workshops that are not in it will be removed.',
  confirmSafety: 'A backup of the current workshops is taken first.',
  confirm: 'Replace',
  cancel: 'Cancel',
  sourceBackup: 'the backup from {{date}}',
  sourceFile: 'the file “{{name}}”',
  restoring: 'Restoring…',
  errorTooLarge: 'The file is larger than 20 MB and cannot be a Klimatverkstad backup.',
  errorNotJson:
    'The file cannot be read as JSON; it may be damaged or cut off. Choose another backup.',
  errorTooDeep: 'The file is nested too deeply to be a backup. Choose another file.',
  errorWrongFormat: 'The file is not a Klimatverkstad backup. Choose another file.',
  errorNewerVersion:
    'The backup was made by a newer version of Klimatverkstad (format {{detail}}). Update the app and try again.',
  errorNotFound: 'The backup no longer exists. Choose another one from the list.',
  listFailed: 'The backups could not be listed ({{detail}}). You can still restore from a file.',
  restoreQuota:
    'The disk is full – nothing was restored and nothing was changed. Free some space and try again.',
  statusWritten: 'Latest backup: {{date}}.',
  statusUpToDate: 'All workshops are in the latest backup.',
  statusNothingToSave: 'There are no workshops to back up.',
  statusNothingNew: 'There are no workshops now, so no new backup is taken.',
  statusFirstAt: 'Not backed up yet — the first backup follows at {{time}}.',
  statusNextAt: 'Your latest changes are backed up at {{time}}.',
  statusRunning: 'Backing up…',
  statusDiskFull:
    'The latest automatic backup failed: the disk is full. Free some space; the workshops themselves are safe.',
  statusFailed: 'The latest automatic backup failed: {{detail}}',
};

export const backupMessages = { sv, fi, en };
