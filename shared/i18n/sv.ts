import { backupMessages } from './features/backup';
import { compareMessages } from './features/compare';
import { filesMessages } from './features/files';
import { participantsMessages } from './features/participants';
import { boardLayoutMessages } from './features/boardLayout';
import { phasesMessages } from './features/phases';
import { reuseMessages } from './features/reuse';
import { shortcutsMessages } from './features/shortcuts';
import { pooledMessages } from './features/pooled';
import { restoreMessages } from './features/restore';
import { roundsMessages } from './features/rounds';
import { sessionMessages } from './features/session';

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
  backup: backupMessages.sv,
  participants: participantsMessages.sv,
  rounds: roundsMessages.sv,
  session: sessionMessages.sv,
  pooled: pooledMessages.sv,
  compare: compareMessages.sv,
  restore: restoreMessages.sv,
  phases: phasesMessages.sv,
  boardLayout: boardLayoutMessages.sv,
  reuse: reuseMessages.sv,
  shortcuts: shortcutsMessages.sv,
  files: filesMessages.sv,
} as const;

/** The shape of a message catalogue: same keys, any strings. */
export type Messages = {
  [K in keyof typeof sv]: { [L in keyof (typeof sv)[K]]: string };
};
