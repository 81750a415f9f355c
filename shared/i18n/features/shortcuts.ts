// UI messages of the keyboard shortcuts panel: Swedish (the reference), Finnish and English.

const sv = {
  open: 'Kortkommandon',
  openHint: 'Visa kortkommandon (?)',
  heading: 'Kortkommandon',
  intro: 'Kortkommandona fungerar inte medan du skriver i ett fält.',
  group_edit: 'Redigera',
  group_view: 'Visa',
  group_help: 'Hjälp',
  group_general: 'Övrigt',
  action: 'Åtgärd',
  keys: 'Tangenter',
  or: 'eller',
  close: 'Stäng',
  none: 'Den här vyn har inga kortkommandon.',
} as const;

const fi: Record<keyof typeof sv, string> = {
  open: 'Pikanäppäimet',
  openHint: 'Näytä pikanäppäimet (?)',
  heading: 'Pikanäppäimet',
  intro: 'Pikanäppäimet eivät toimi, kun kirjoitat kenttään.',
  group_edit: 'Muokkaa',
  group_view: 'Näytä',
  group_help: 'Ohje',
  group_general: 'Muut',
  action: 'Toiminto',
  keys: 'Näppäimet',
  or: 'tai',
  close: 'Sulje',
  none: 'Tässä näkymässä ei ole pikanäppäimiä.',
};

const en: Record<keyof typeof sv, string> = {
  open: 'Keyboard shortcuts',
  openHint: 'Show keyboard shortcuts (?)',
  heading: 'Keyboard shortcuts',
  intro: 'Shortcuts do not work while you type in a field.',
  group_edit: 'Edit',
  group_view: 'View',
  group_help: 'Help',
  group_general: 'Other',
  action: 'Action',
  keys: 'Keys',
  or: 'or',
  close: 'Close',
  none: 'This view has no keyboard shortcuts.',
};

export const shortcutsMessages = { sv, fi, en };
