// UI messages of the board's layout controls: numbered markers with a key, and folding the
// catalogue away. Swedish (the reference), Finnish and English.

const sv = {
  markers: 'Nummer',
  markersHint: 'Visa modellerna som nummer med en förteckning bredvid matrisen',
  legend: 'Förteckning över numren',
  markersAuto: 'Numren används eftersom namnen inte får plats bredvid varandra.',
  hideTray: 'Dölj modellerna',
  showTray: 'Visa modellerna',
} as const;

const fi: Record<keyof typeof sv, string> = {
  markers: 'Numerot',
  markersHint: 'Näytä mallit numeroina ja luettelo matriisin vieressä',
  legend: 'Numeroiden selitykset',
  markersAuto: 'Numerot ovat käytössä, koska nimet eivät mahdu vierekkäin.',
  hideTray: 'Piilota mallit',
  showTray: 'Näytä mallit',
};

const en: Record<keyof typeof sv, string> = {
  markers: 'Numbers',
  markersHint: 'Show the models as numbers with a key beside the matrix',
  legend: 'Key to the numbers',
  markersAuto: 'Numbers are shown because the names do not fit side by side.',
  hideTray: 'Hide models',
  showTray: 'Show models',
};

export const boardLayoutMessages = { sv, fi, en };
