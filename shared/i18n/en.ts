import type { Messages } from './sv';
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

/** English UI messages. */
export const en = {
  app: {
    name: 'Klimatverkstad',
    tagline: "Prioritise a municipality's models for promoting companies' climate work",
    updateHeading: 'Update Klimatverkstad',
    updateBody:
      'The workshops on this computer were saved by a newer version of Klimatverkstad. This version cannot read them safely, so it leaves them untouched. Install the latest version and open the app again; nothing has been changed.',
  },
  language: {
    label: 'Language',
    notSaved: 'The language choice could not be saved: {{message}}',
  },
  home: {
    heading: 'Workshops',
    empty: 'No workshops yet. Create the first one below.',
    createHeading: 'New workshop',
    title: 'Title',
    organisation: 'Organisation or municipality',
    date: 'Date',
    create: 'Create workshop',
    open: 'Open {{title}}',
    delete: 'Delete {{title}}',
    placedCount: '{{count}} of {{total}} placed',
    confirmDeleteHeading: 'Delete the workshop?',
    confirmDelete: 'Delete',
    cancel: 'Cancel',
    titleRequired: 'Give the workshop a title.',
    dateInvalid: 'Enter a valid date.',
    titleCut: 'The title was cut to {{max}} characters.',
    organisationCut: 'The organisation was cut to {{max}} characters.',
    charCount: '{{used}} / {{max}}',
    charsLeft_one: '{{count}} character left',
    charsLeft_other: '{{count}} characters left',
  },
  board: {
    back: 'All workshops',
    trayHeading: 'Operating models',
    search: 'Search models',
    noMatches: 'No models match the search.',
    allPlaced: 'All models are placed on the matrix.',
    placedSummary: '{{count}} of {{total}} placed',
    matrixLabel: 'Matrix: resources and climate impact',
    matrixAxes:
      'Across: resources needed, from few on the left to many on the right. Up: expected climate impact, from low at the bottom to high at the top.',
    xAxis: 'Resources needed',
    xLow: 'Few',
    xHigh: 'Many',
    yAxis: 'Expected climate impact',
    yLow: 'Low',
    yHigh: 'High',
    details: 'Show details of {{title}}',
    exportPdf: 'Export action plan (PDF)',
    exporting: 'Creating PDF…',
    exported: 'The action plan was saved.',
    exportedAs: 'The action plan was saved as {{path}}.',
    exportFailed: 'Could not create the PDF: {{message}}. Please try again.',
    writeFailed:
      'The file could not be saved ({{detail}}). Choose another folder or free some space, then try again.',
    invalidRequest:
      'The PDF could not be handed to the save dialog. Try again; if it still fails, restart the app.',
    undo: 'Undo',
    redo: 'Redo',
    notFound: 'This workshop is no longer on this computer.',
  },
  quadrant: {
    'quick-wins': 'Quick wins',
    strategic: 'Strategic bets',
    'fill-ins': 'Fill-ins',
    reconsider: 'Reconsider',
  },
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Could not save: {{message}}',
    quota: 'The disk is full – the change was not saved. Free some space and try again.',
    blocked: 'The app is open in another window with an older version. Close that window.',
  },
  storage: {
    persistent: 'Storage is persistent: the browser will not clear the workshops.',
    'best-effort':
      'The browser may clear data when the disk fills up. Save a backup file (Backups) after each workshop.',
    unknown: 'Unknown whether the browser keeps the data when the disk is full.',
  },
  card: {
    what: 'What',
    why: 'Why',
    how: 'How',
    examples: 'Examples',
    inFinnish: 'in Finnish',
    risks: 'Risks to consider',
    returnToTray: 'Back to the list',
    category: 'Category',
    close: 'Close',
    placedIn: 'Placed in: {{quadrant}}',
    notPlaced: 'Not placed yet',
  },
  dnd: {
    instructions:
      'Press space to pick up the model. Move it with the arrow keys (with Shift in small steps), drop it with space, cancel with Escape. Enter shows the description; Delete returns a placed model to the list.',
    roleDescription: 'movable model',
    pickedUp: 'Picked up {{title}}.',
    overTray: '{{title}} is over the list of models.',
    movedTo: '{{title}}: {{quadrant}}, resources {{x}} %, climate impact {{y}} %.',
    placed: '{{title}} was placed in {{quadrant}}.',
    returned: '{{title}} was returned to the list.',
    cancelled: 'Moving {{title}} was cancelled.',
  },
  backup: backupMessages.en,
  participants: participantsMessages.en,
  rounds: roundsMessages.en,
  session: sessionMessages.en,
  pooled: pooledMessages.en,
  compare: compareMessages.en,
  restore: restoreMessages.en,
  phases: phasesMessages.en,
  boardLayout: boardLayoutMessages.en,
  reuse: reuseMessages.en,
  shortcuts: shortcutsMessages.en,
  files: filesMessages.en,
} satisfies Messages;
