import type { CatalogueModel } from '../types';

export const CO_DEVELOPMENT_MODELS: readonly CatalogueModel[] = [
  {
    id: 'companies-in-strategy-work',
    category: 'co-development',
    title: {
      sv: 'Att involvera företag i strategi- eller programarbete',
      fi: 'Yritysten osallistaminen strategia- tai ohjelmatyöhön',
      en: 'Involving companies in strategy or programme work',
    },
    name: {
      sv: 'Att involvera företag i strategi- eller programarbete',
      fi: 'Yritysten osallistaminen strategia- tai ohjelmatyöhön',
      en: 'Involving companies in strategy or programme work',
    },
    why: {
      sv: 'Planering och sparring av kommunalt klimatarbete',
      fi: 'Kunnallisen ilmastotyön suunnittelu ja sparraus',
      en: 'Planning municipal climate work and a sounding board for it',
    },
    how: [
      {
        text: {
          sv: 'Genom deltagande; t.ex. workshops, enkäter, intervjuer',
          fi: 'Osallistamalla; esim. työpajat, kyselyt, haastattelut',
          en: 'Through participation; e.g. workshops, surveys, interviews',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Riihimäkis klimatstrategi',
          fi: 'Riihimäen ilmastostrategia',
          en: "Riihimäki's climate strategy",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'companies-in-climate-programme-actions',
    category: 'co-development',
    title: {
      sv: 'Involvering av företag i klimatprogrammets åtgärder',
      fi: 'Yritysten osallistaminen ilmasto-ohjelman toimenpiteisiin',
      en: 'Involving companies in climate programme actions',
    },
    name: {
      sv: 'Involvering av företag i det kommunala klimatprogrammets åtgärder',
      fi: 'Yritysten osallistaminen kunnallisen ilmasto-ohjelman toimenpiteisiin',
      en: 'Involving companies in the actions of the municipal climate programme',
    },
    why: {
      sv: 'Främja det regionala koldioxidneutralitetsmålet',
      fi: 'Alueellisen hiilineutraaliustavoitteen edistäminen',
      en: 'Promote the regional carbon neutrality target',
    },
    how: [
      {
        text: {
          // Source: "klimatutsläpp> vad" – only the missing space is restored.
          sv: 'Det behövs information om vad företagen i regionen har för klimatutsläpp > vad man ska fokusera på > välj sätt att motivera företagen',
          fi: 'Tarvitaan tietoa alueen yritysten ilmastopäästöistä → mihin keskitytään → valitaan keinot yritysten motivoimiseksi',
          en: "Information is needed on the climate emissions of the region's companies → what to focus on → choose ways to motivate the companies",
        },
      },
    ],
    examples: [],
    risks: [],
  },
  {
    id: 'joint-development-projects',
    category: 'co-development',
    title: {
      sv: 'Gemensamma utvecklingsprojekt',
      fi: 'Yhteiset kehittämishankkeet',
      en: 'Joint development projects',
    },
    name: {
      sv: 'Gemensamma utvecklingsprojekt',
      fi: 'Yhteiset kehittämishankkeet',
      en: 'Joint development projects',
    },
    why: {
      sv: 'Lösa regionala utmaningar, utveckla verksamheten eller öka kompetensen, referenser för företag',
      fi: 'Alueellisten haasteiden ratkaiseminen, toiminnan kehittäminen tai osaamisen lisääminen, referenssejä yrityksille',
      en: 'Solve regional challenges, develop operations or build competence, references for companies',
    },
    how: [
      {
        text: {
          sv: 'Identifiera ett behov som kräver samarbete med intressentgrupper för att bli besvarat',
          fi: 'Tunnistetaan tarve, johon vastaaminen edellyttää yhteistyötä sidosryhmien kanssa',
          en: 'Identify a need that requires cooperation with stakeholder groups to be met',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Helsingfors stads innovationsbolag FVH',
          fi: 'Helsingin kaupungin innovaatioyhtiö Forum Virium Helsinki (FVH)',
          en: "The City of Helsinki's innovation company Forum Virium Helsinki (FVH)",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'innovation-competition',
    category: 'co-development',
    title: {
      sv: 'Innovations-/idétävling anordnad av kommunen, hackathon',
      fi: 'Kunnan järjestämä innovaatio-/ideakilpailu, hackathon',
      en: 'Innovation/idea competition by the municipality, hackathon',
    },
    name: {
      sv: 'Innovations-/idétävling anordnad av kommunen, hackathon',
      fi: 'Kunnan järjestämä innovaatio-/ideakilpailu, hackathon',
      en: 'Innovation/idea competition by the municipality, hackathon',
    },
    why: {
      sv: 'Bästa lösningar/praxis för kommunalt bruk, marknadsvägledning och referenser för företag',
      fi: 'Parhaat ratkaisut/käytännöt kunnan käyttöön, markkinaohjaus ja referenssejä yrityksille',
      en: 'The best solutions/practices for municipal use, market guidance and references for companies',
    },
    how: [
      {
        text: {
          sv: 'Identifiera en utmaning som kräver en innovativ lösning med låga koldioxidutsläpp',
          fi: 'Tunnistetaan haaste, joka vaatii innovatiivista vähähiilistä ratkaisua',
          en: 'Identify a challenge that requires an innovative low-carbon solution',
        },
      },
    ],
    // Source: "Till exempel Helsinki Energy Challenge"; the lead-in only says it is an example.
    examples: [
      {
        name: {
          sv: 'Helsinki Energy Challenge',
          fi: 'Helsinki Energy Challenge',
          en: 'Helsinki Energy Challenge',
        },
        inFinnish: false,
      },
    ],
    risks: [],
  },
];
