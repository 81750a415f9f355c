// UI messages of the compare feature, Swedish (the reference), Finnish and English.

const sv = {
  heading: 'Jämför grupper – runda {{round}}',
  intro:
    'Varje grupps median per modell: cirklar för grupp A, kvadrater för grupp B, förenade med en linje. Numren är radnumren i tabellen.',
  groupA: 'Grupp A (cirklar)',
  groupB: 'Grupp B (kvadrater)',
  groupNoPlacements: '{{name}} (inga placeringar)',
  needTwoGroups:
    'Det behövs placeringar från minst två grupper i runda {{round}} för att jämföra. Ge deltagarna grupper, eller låt fler grupper placera modeller.',
  sameGroup: 'Grupp A och grupp B är samma grupp. Välj två olika grupper för att jämföra.',
  noCommon: 'Ingen modell placerades av både {{a}} och {{b}} i runda {{round}}.',
  matrixLabel: 'Medianer: {{a}} (cirklar) och {{b}} (kvadrater)',
  legendLabel: 'Teckenförklaring',
  circles: 'Cirklar:',
  squares: 'Kvadrater:',
  participants_one: '{{count}} deltagare',
  participants_other: '{{count}} deltagare',
  pair: 'Nr {{number}}: {{title}}',
  caption: 'Största skillnaderna',
  captionNote: 'Medianer som resurser %, klimatpåverkan %; skillnaden i procentenheter.',
  colNumber: 'Nr',
  colModel: 'Modell',
  colMedian: '{{group}}: median',
  colDifference: 'Skillnad',
  colCounts: 'Antal som placerat',
  position: '{{x}} %, {{y}} %',
  points_one: '{{count}} punkt',
  points_other: '{{count}} punkter',
  counts: '{{a}}: {{nA}}, {{b}}: {{nB}}',
  describe_one:
    '{{title}}: {{a}} {{ax}} % resurser, {{ay}} % klimatpåverkan; {{b}} {{bx}} %, {{by}} %; {{count}} punkt isär',
  describe_other:
    '{{title}}: {{a}} {{ax}} % resurser, {{ay}} % klimatpåverkan; {{b}} {{bx}} %, {{by}} %; {{count}} punkter isär',
} as const;

const fi: Record<keyof typeof sv, string> = {
  heading: 'Vertaa ryhmiä – kierros {{round}}',
  intro:
    'Kunkin ryhmän mediaani malleittain: ympyrät ryhmälle A, neliöt ryhmälle B, viivalla yhdistettyinä. Numerot ovat taulukon rivinumeroita.',
  groupA: 'Ryhmä A (ympyrät)',
  groupB: 'Ryhmä B (neliöt)',
  groupNoPlacements: '{{name}} (ei sijoituksia)',
  needTwoGroups:
    'Vertailuun tarvitaan sijoituksia vähintään kahdelta ryhmältä kierroksella {{round}}. Anna osallistujille ryhmät tai anna useamman ryhmän sijoittaa malleja.',
  sameGroup: 'Ryhmä A ja ryhmä B ovat sama ryhmä. Valitse vertailuun kaksi eri ryhmää.',
  noCommon: 'Kierroksella {{round}} mitään mallia eivät sijoittaneet sekä {{a}} että {{b}}.',
  matrixLabel: 'Mediaanit: {{a}} (ympyrät) ja {{b}} (neliöt)',
  legendLabel: 'Selite',
  circles: 'Ympyrät:',
  squares: 'Neliöt:',
  participants_one: '{{count}} osallistuja',
  participants_other: '{{count}} osallistujaa',
  pair: 'Nro {{number}}: {{title}}',
  caption: 'Suurimmat erot',
  captionNote: 'Mediaanit muodossa resurssit %, ilmastovaikutus %; ero prosenttiyksikköinä.',
  colNumber: 'Nro',
  colModel: 'Malli',
  colMedian: '{{group}}: mediaani',
  colDifference: 'Ero',
  colCounts: 'Sijoittaneiden määrä',
  position: '{{x}} %, {{y}} %',
  points_one: '{{count}} %-yksikkö',
  points_other: '{{count}} %-yksikköä',
  counts: '{{a}}: {{nA}}, {{b}}: {{nB}}',
  describe_one:
    '{{title}}: {{a}} {{ax}} % resurssit, {{ay}} % ilmastovaikutus; {{b}} {{bx}} %, {{by}} %; ero {{count}} prosenttiyksikkö',
  describe_other:
    '{{title}}: {{a}} {{ax}} % resurssit, {{ay}} % ilmastovaikutus; {{b}} {{bx}} %, {{by}} %; ero {{count}} prosenttiyksikköä',
};

const en: Record<keyof typeof sv, string> = {
  heading: 'Compare groups – round {{round}}',
  intro:
    'Each group’s median per model: circles for group A, squares for group B, joined by a line. The numbers are the row numbers of the table.',
  groupA: 'Group A (circles)',
  groupB: 'Group B (squares)',
  groupNoPlacements: '{{name}} (no placements)',
  needTwoGroups:
    'Comparing needs placements from at least two groups in round {{round}}. Give participants groups, or let more groups place models.',
  sameGroup: 'Group A and group B are the same group. Choose two different groups to compare.',
  noCommon: 'No model was placed by both {{a}} and {{b}} in round {{round}}.',
  matrixLabel: 'Medians: {{a}} (circles) and {{b}} (squares)',
  legendLabel: 'Legend',
  circles: 'Circles:',
  squares: 'Squares:',
  participants_one: '{{count}} participant',
  participants_other: '{{count}} participants',
  pair: 'No. {{number}}: {{title}}',
  caption: 'Largest differences',
  captionNote: 'Medians as resources %, climate impact %; the difference in percentage points.',
  colNumber: 'No.',
  colModel: 'Model',
  colMedian: '{{group}}: median',
  colDifference: 'Difference',
  colCounts: 'Number who placed it',
  position: '{{x}} %, {{y}} %',
  points_one: '{{count}} point',
  points_other: '{{count}} points',
  counts: '{{a}}: {{nA}}, {{b}}: {{nB}}',
  describe_one:
    '{{title}}: {{a}} {{ax}} % resources, {{ay}} % impact; {{b}} {{bx}} %, {{by}} %; {{count}} point apart',
  describe_other:
    '{{title}}: {{a}} {{ax}} % resources, {{ay}} % impact; {{b}} {{bx}} %, {{by}} %; {{count}} points apart',
};

export const compareMessages = { sv, fi, en };
