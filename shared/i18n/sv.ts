import { compareMessages } from './features/compare';
import { participantsMessages } from './features/participants';
import { pooledMessages } from './features/pooled';
import { restoreMessages } from './features/restore';
import { roundsMessages } from './features/rounds';

/** Swedish UI messages: the reference shape every other language follows. */
export const sv = {
  app: {
    name: 'Klimatverkstad',
    tagline: 'Prioritera kommunens verksamhetsmodeller för företagens klimatarbete',
    updateHeading: 'Uppdatera Klimatverkstad',
    updateBody:
      'Workshopparna på den här datorn sparades av en nyare version av Klimatverkstad. Den här versionen kan inte läsa dem säkert och rör dem därför inte. Installera den senaste versionen och öppna appen igen; ingenting har ändrats.',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
    notSaved: 'Språkvalet kunde inte sparas: {{message}}',
  },
  home: {
    heading: 'Workshoppar',
    empty: 'Inga workshoppar ännu. Skapa den första nedan.',
    createHeading: 'Ny workshop',
    title: 'Titel',
    organisation: 'Organisation eller kommun',
    date: 'Datum',
    create: 'Skapa workshop',
    open: 'Öppna {{title}}',
    delete: 'Ta bort {{title}}',
    placedCount: '{{count}} av {{total}} placerade',
    confirmDeleteHeading: 'Ta bort workshoppen?',
    confirmDeleteBody:
      '”{{title}}” och alla dess placeringar tas bort från den här datorn. Det går inte att ångra.',
    confirmDelete: 'Ta bort',
    cancel: 'Avbryt',
    titleRequired: 'Ge workshoppen en titel.',
    dateInvalid: 'Ange ett giltigt datum.',
    titleCut: 'Titeln kortades till {{max}} tecken.',
    organisationCut: 'Organisationen kortades till {{max}} tecken.',
    charCount: '{{used}} / {{max}}',
    charsLeft_one: '{{count}} tecken kvar',
    charsLeft_other: '{{count}} tecken kvar',
  },
  board: {
    back: 'Alla workshoppar',
    trayHeading: 'Verksamhetsmodeller',
    search: 'Sök modeller',
    noMatches: 'Inga modeller matchar sökningen.',
    allPlaced: 'Alla modeller är placerade på matrisen.',
    placedSummary: '{{count}} av {{total}} placerade',
    matrixLabel: 'Matris: resurser och klimatpåverkan',
    matrixAxes:
      'Vågrätt: resurser som behövs, från få till vänster till många till höger. Lodrätt: förväntad klimatpåverkan, från låg nederst till hög överst.',
    xAxis: 'Resurser som behövs',
    xLow: 'Få',
    xHigh: 'Många',
    yAxis: 'Förväntad klimatpåverkan',
    yLow: 'Låg',
    yHigh: 'Hög',
    details: 'Visa detaljer för {{title}}',
    exportPdf: 'Exportera handlingsplan (PDF)',
    exporting: 'Skapar PDF…',
    exported: 'Handlingsplanen sparades.',
    exportedAs: 'Handlingsplanen sparades som {{path}}.',
    exportFailed: 'Det gick inte att skapa PDF:en: {{message}}. Försök igen.',
    writeFailed:
      'Filen kunde inte sparas ({{detail}}). Välj en annan mapp eller frigör utrymme och försök igen.',
    invalidRequest:
      'PDF:en kunde inte lämnas till sparadialogen. Försök igen; fungerar det inte, starta om appen.',
    undo: 'Ångra',
    redo: 'Gör om',
    notFound: 'Workshoppen finns inte längre på den här datorn.',
  },
  quadrant: {
    'quick-wins': 'Snabba vinster',
    strategic: 'Strategiska satsningar',
    'fill-ins': 'Utfyllnad',
    reconsider: 'Ompröva',
  },
  save: {
    saving: 'Sparar…',
    saved: 'Sparat',
    failed: 'Kunde inte spara: {{message}}',
    quota: 'Disken är full – ändringen sparades inte. Frigör utrymme och försök igen.',
    blocked: 'Appen är öppen i ett annat fönster med en äldre version. Stäng det fönstret.',
  },
  storage: {
    persistent: 'Lagringen är beständig: webbläsaren rensar inte workshopparna.',
    'best-effort':
      'Webbläsaren kan rensa data när disken blir full. Spara en säkerhetskopia som fil (Säkerhetskopior) efter varje workshop.',
    unknown: 'Okänt om webbläsaren behåller datan vid diskbrist.',
  },
  card: {
    what: 'Vad',
    why: 'Varför',
    how: 'Hur',
    examples: 'Exempel',
    inFinnish: 'på finska',
    risks: 'Risker att beakta',
    returnToTray: 'Tillbaka till listan',
    category: 'Kategori',
    close: 'Stäng',
    placedIn: 'Placerad i: {{quadrant}}',
    notPlaced: 'Inte placerad ännu',
  },
  dnd: {
    instructions:
      'Tryck mellanslag för att lyfta modellen. Flytta med piltangenterna (med Skift i små steg), släpp med mellanslag, avbryt med Escape. Enter visar beskrivningen; Delete lägger en placerad modell tillbaka i listan.',
    roleDescription: 'flyttbar modell',
    pickedUp: 'Lyfte {{title}}.',
    overTray: '{{title}} är över listan med modeller.',
    movedTo: '{{title}}: {{quadrant}}, resurser {{x}} %, klimatpåverkan {{y}} %.',
    placed: '{{title}} placerades i {{quadrant}}.',
    returned: '{{title}} lades tillbaka i listan.',
    cancelled: 'Flytten av {{title}} avbröts.',
  },
  backup: {
    open: 'Säkerhetskopior',
    heading: 'Säkerhetskopior',
    back: 'Alla workshoppar',
    autoHeading: 'Automatiska säkerhetskopior',
    autoIntro:
      'Appen sparar en kopia av alla workshoppar i sin mapp på den här datorn: när du startar den och efter ändringar, högst var femte minut. De tio senaste behålls.',
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
    statusEmpty: 'Ingen säkerhetskopia togs: det finns inga workshoppar att spara.',
    statusDiskFull:
      'Den senaste automatiska säkerhetskopian misslyckades: disken är full. Frigör utrymme; själva workshopparna är oförändrade.',
    statusFailed: 'Den senaste automatiska säkerhetskopian misslyckades: {{detail}}',
  },
  participants: participantsMessages.sv,
  rounds: roundsMessages.sv,
  pooled: pooledMessages.sv,
  compare: compareMessages.sv,
  restore: restoreMessages.sv,
} as const;

/** The shape of a message catalogue: same keys, any strings. */
export type Messages = {
  [K in keyof typeof sv]: { [L in keyof (typeof sv)[K]]: string };
};
