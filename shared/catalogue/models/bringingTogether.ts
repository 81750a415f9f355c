import type { CatalogueModel } from '../types';

export const BRINGING_TOGETHER_MODELS: readonly CatalogueModel[] = [
  {
    id: 'business-networking',
    category: 'bringing-together',
    title: { sv: 'Stödja företagens nätverkande', en: "Supporting companies' networking" },
    name: { sv: 'Stödja företagens nätverkande', en: "Supporting companies' networking" },
    // The source's first line holds what + why; the following paragraphs are the "Hur" column.
    why: {
      sv: 'Uppkomsten av nya samarbetsmönster och innovationer. Ökar också regionens konkurrenskraft, förbättrar företagens verksamhetsförutsättningar.',
      en: "The emergence of new patterns of cooperation and innovations. Also increases the region's competitiveness, improves companies' operating conditions.",
    },
    how: [
      {
        text: {
          sv: 'Kommunen fungerar som samlare och leverantör av plattformar för företagens möten.',
          en: "The municipality acts as a convener and as a provider of platforms for companies' meetings.",
        },
      },
      {
        text: {
          sv: 'Nätverkande kräver flera möten, idébearbetning och behandling. Det rekommenderas att begränsa branschen/temat så att den är tillräckligt snäv, så att resultatet är konkret. Till exempel kan en serie möten som riktar sig till träbyggnadsaktörer arrangeras.',
          en: 'Networking requires several meetings, working up ideas and processing them. It is recommended to narrow the sector/theme enough for the outcome to be concrete. For example, a series of meetings aimed at wood construction actors can be arranged.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'De regionala städernas företagsnätverk (t.ex. träbyggnad)',
          en: "The regional cities' business networks (e.g. wood construction)",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'matchmaking-web-platform',
    category: 'bringing-together',
    // "för slå ihop" (missing "att") is the source's wording, kept verbatim.
    title: {
      sv: 'En webbplattform för slå ihop aktörer',
      en: 'A web platform for bringing actors together',
    },
    name: {
      sv: 'En webbplattform för slå ihop aktörer',
      en: 'A web platform for bringing actors together',
    },
    why: {
      sv: 'Att sammanföra aktörer, möjliggöra frivilligt agerande',
      en: 'Bringing actors together, enabling voluntary action',
    },
    how: [
      {
        text: {
          sv: 'Kräver en webbplattform och dess underhåll. Att göra plattformen känd och engagera ett tillräckligt antal användare kräver aktiv och långsiktig kommunikation.',
          en: 'Requires a web platform and its maintenance. Making the platform known and engaging enough users requires active and long-term communication.',
        },
      },
      {
        text: {
          sv: 'Webbplattformen kan vara öppen för alla organisationer och enskilda kommuninvånare, eller så kan den vara en sluten arbetsplattform för en viss grupp företag.',
          en: 'The web platform can be open to all organisations and individual residents of the municipality, or it can be a closed working platform for a certain group of companies.',
        },
      },
    ],
    examples: [
      {
        name: { sv: 'Joensuus kommunmatch', en: "Joensuu's municipal matchmaking" },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Villmanstrands Greenreality-nätverk',
          en: "Lappeenranta's Greenreality network",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'cooperation-with-educational-institutions',
    category: 'bringing-together',
    title: {
      sv: 'Samarbete med läroanstalter',
      en: 'Cooperation with educational institutions',
    },
    name: {
      sv: 'Samarbete med läroanstalter',
      en: 'Cooperation with educational institutions',
    },
    why: {
      sv: 'För företag sparring och nya perspektiv på ansvarsfrågor, för studenter en touch till praktiskt arbetsliv och företagsansvar',
      en: 'For companies, a sounding board and new perspectives on responsibility issues; for students, a touch of practical working life and corporate responsibility',
    },
    how: [
      {
        text: {
          sv: 'Flera praktiska implementeringsmöjligheter; kursarbeten, praktik, projekt, examensarbeten. Kommunens roll att initiera och upprätthålla samarbetet och säkerställa att verksamheten också stödjer de mål som kommunen ställt upp.',
          en: "Several practical ways to implement it: coursework, internships, projects, theses. The municipality's role is to initiate and maintain the cooperation and to ensure that the activities also support the goals the municipality has set.",
        },
      },
      {
        text: {
          sv: 'Till exempel genomför studenterna varje år som en del av en specifik kurs utsläppsberäkningar eller genomför analyser på ansvarsfull affärsverksamhet för företag (t.ex. klimat-SWOT).',
          en: 'For example, every year as part of a specific course, students carry out emissions calculations or analyses of responsible business for companies (e.g. a climate SWOT).',
        },
      },
    ],
    examples: [
      {
        name: { sv: 'Lahtis klimatpartnerskap', en: "Lahti's climate partnership" },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'hiring-summer-workers',
    category: 'bringing-together',
    title: { sv: 'Anställa sommarjobbare', en: 'Hiring summer workers' },
    name: { sv: 'Anställa sommarjobbare', en: 'Hiring summer workers' },
    why: {
      sv: 'För unga, kontakt med det praktiska arbetslivet och förtrogenhet med företagsansvar. För företag, nya perspektiv, synlighet eller annat mervärde.',
      en: 'For young people, contact with practical working life and familiarity with corporate responsibility. For companies, new perspectives, visibility or other added value.',
    },
    how: [
      {
        text: {
          sv: 'Flera praktiska genomförandemöjligheter, som t.ex. klimatlyft i området på kommunens sociala media eller en artikelserie om ansvariga aktörer på webbsidan; kommunens image av ansvarsfullhet, synlighet för företag.',
          en: "Several practical ways to carry it out, e.g. climate highlights from the area on the municipality's social media or a series of articles on responsible actors on the website; the municipality's image of responsibility, visibility for companies.",
        },
      },
      {
        text: {
          sv: 'Även till exempel "översättning" av producerat material till företagens intresse, utsläppsberäkningar för företag eller annan tjänst som man har expertis för.',
          en: 'Also, for example, "translating" material already produced so that it interests companies, emissions calculations for companies or another service there is expertise for.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Carunas #duunienergiaa-sommarjobbskampanj',
          en: "Caruna's #duunienergiaa summer job campaign",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'themed-events',
    category: 'bringing-together',
    title: { sv: 'Evenemang, temaspecifika tillfällen', en: 'Events, themed occasions' },
    name: { sv: 'Evenemang, temaspecifika tillfällen', en: 'Events, themed occasions' },
    why: {
      sv: 'Att sammanföra företag / andra aktörer, möjliggöra frivillig verksamhet, dela bästa praxis',
      en: 'Bringing companies / other actors together, enabling voluntary activity, sharing best practice',
    },
    // One source line holds Hur and Var; "Ytterligare information …" starts the Var column.
    how: [
      {
        text: {
          sv: 'Identifiera ett viktigt tema eller behov som man vill göra synligt eller som kräver att aktörer sammanförs. Kräver resurser för att organisera evenemang.',
          en: 'Identify an important theme or need that is to be made visible or that requires bringing actors together. Requires resources for organising events.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Ytterligare information om evenemangsplanering: hiilineutraalisuomi.fi',
          en: 'Further information on planning events: hiilineutraalisuomi.fi',
        },
        inFinnish: false,
      },
    ],
    risks: [],
  },
];
