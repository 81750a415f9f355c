// UI messages of the pooled view (medians, spread, agreement): Swedish (the reference), Finnish
// and English.

const sv = {
  heading: 'Diskutera först',
  intro:
    'Störst oenighet överst (kvartilavståndets yta). Medianen per axel, rutan visar mittersta hälften av placeringarna.',
  round: 'Runda',
  roundOption: 'Runda {{number}}',
  showDots: 'Visa enskilda placeringar',
  acceptMedian: 'Godta medianen',
  acceptAll: 'Godta alla medianer med konsensus ({{count}})',
  agreed: 'Gruppens position satt',
  consensus: 'Konsensus',
  noConsensus: 'Ingen konsensus',
  split: 'Delad mellan kvadranter',
  agreement: 'Enighet {{percent}} %',
  counts: '{{placed}} placerade · {{skipped}} vet ej',
  spread: 'Spridning {{x}} × {{y}} punkter',
  drift: 'Flyttad {{points}} punkter sedan runda {{round}}',
  stable: 'Stabil sedan runda {{round}}',
  notPlaced: 'Ingen placerade modellen ({{skipped}} vet ej).',
  rule: 'Konsensus: minst {{percent}} % i en kvadrant.',
  describe:
    '{{title}}: median {{x}} % resurser, {{y}} % klimatpåverkan; spridning {{sx}} × {{sy}} punkter; enighet {{agreement}} % i {{quadrant}}; {{placed}} placerade, {{skipped}} vet ej. {{consensus}}',
  dot: '{{who}}: {{title}}, {{x}} % resurser, {{y}} % klimatpåverkan',
  removedParticipant: 'borttagen deltagare',
  medianMarker: 'Median för {{title}}',
} as const;

const fi: Record<keyof typeof sv, string> = {
  heading: 'Keskustele ensin',
  intro:
    'Suurin erimielisyys ylimpänä (kvartiilivälien rajaama pinta-ala). Mediaani akseleittain; laatikko näyttää sijoitusten keskimmäisen puolikkaan.',
  round: 'Kierros',
  roundOption: 'Kierros {{number}}',
  showDots: 'Näytä yksittäiset sijoitukset',
  acceptMedian: 'Hyväksy mediaani',
  acceptAll: 'Hyväksy kaikki mediaanit, joista on konsensus ({{count}})',
  agreed: 'Ryhmän sijainti asetettu',
  consensus: 'Konsensus',
  noConsensus: 'Ei konsensusta',
  split: 'Jakautunut lohkojen kesken',
  agreement: 'Yksimielisyys {{percent}} %',
  counts: '{{placed}} sijoitettu · {{skipped}} en tiedä',
  spread: 'Hajonta {{x}} × {{y}} %-yksikköä',
  drift: 'Siirtynyt {{points}} %-yksikköä kierroksesta {{round}}',
  stable: 'Ennallaan kierroksesta {{round}}',
  notPlaced: 'Kukaan ei sijoittanut mallia ({{skipped}} en tiedä).',
  rule: 'Konsensus: vähintään {{percent}} % samassa lohkossa.',
  describe:
    '{{title}}: mediaani {{x}} % resurssit, {{y}} % ilmastovaikutus; hajonta {{sx}} × {{sy}} prosenttiyksikköä; yksimielisyys {{agreement}} %, lohko {{quadrant}}; {{placed}} sijoitettu, {{skipped}} en tiedä. {{consensus}}',
  dot: '{{who}}: {{title}}, {{x}} % resurssit, {{y}} % ilmastovaikutus',
  removedParticipant: 'poistettu osallistuja',
  medianMarker: 'Mediaani: {{title}}',
};

const en: Record<keyof typeof sv, string> = {
  heading: 'Discuss next',
  intro:
    'Most disagreement first (area of the interquartile range). Median per axis; the box shows the middle half of the placements.',
  round: 'Round',
  roundOption: 'Round {{number}}',
  showDots: 'Show individual placements',
  acceptMedian: 'Accept the median',
  acceptAll: 'Accept all medians with consensus ({{count}})',
  agreed: 'Group position set',
  consensus: 'Consensus',
  noConsensus: 'No consensus',
  split: 'Split across quadrants',
  agreement: 'Agreement {{percent}} %',
  counts: '{{placed}} placed · {{skipped}} don’t know',
  spread: 'Spread {{x}} × {{y}} points',
  drift: 'Moved {{points}} points since round {{round}}',
  stable: 'Stable since round {{round}}',
  notPlaced: 'Nobody placed this model ({{skipped}} don’t know).',
  rule: 'Consensus: at least {{percent}} % in one quadrant.',
  describe:
    '{{title}}: median {{x}} % resources, {{y}} % climate impact; spread {{sx}} × {{sy}} points; agreement {{agreement}} % in {{quadrant}}; {{placed}} placed, {{skipped}} don’t know. {{consensus}}',
  dot: '{{who}}: {{title}}, {{x}} % resources, {{y}} % climate impact',
  removedParticipant: 'removed participant',
  medianMarker: 'Median of {{title}}',
};

export const pooledMessages = { sv, fi, en };
