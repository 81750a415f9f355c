import type { CatalogueModel } from '../types';

// "öka effektiviteten" is about what the communication achieves: English says "impact".
export const COMMUNICATION_MODELS: readonly CatalogueModel[] = [
  {
    id: 'communication-to-companies',
    category: 'communication',
    // The topic, the municipality's own climate issues and material, sets this model apart
    // from the other communication models: the title keeps it.
    title: {
      sv: 'Kommunikation om kommunens klimatfrågor och material',
      en: 'Communication on municipal climate issues and material',
    },
    name: {
      sv: 'Kommunikation riktad till företag om kommunens klimatfrågor och möjligheter samt material som kommunen producerar',
      en: "Communication aimed at companies about the municipality's climate issues and opportunities and about material the municipality produces",
    },
    why: {
      sv: 'Öka medvetenheten, motivera andra genom inspirerande kommunikation, lättare att få publikationer i företagens bruk, företagsekonomiska effekter av klimatundersökningar',
      en: 'Raise awareness, motivate others through inspiring communication, make it easier to get publications used by companies, the business effects of climate studies',
    },
    how: [
      {
        text: {
          sv: 'Översätta kommunala budskap till att vara intressanta för företag; t.ex. en studie av regionens klimatrisker > vad det innebär i praktiken för företagen. Kommunalt material modifieras så att det är lätt för företag att implementera, till exempel en version av riktlinjerna för klimatkommunikation för företag eller en version av miljöstödsutbildning för företag.',
          en: "Translate municipal messages so that they interest companies; e.g. a study of the region's climate risks → what it means for the companies in practice. Municipal material is adapted so that it is easy for companies to implement, for example a company version of the climate communication guidelines or a company version of the eco-support training.",
        },
      },
      {
        text: {
          sv: 'Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten. Kommunikationskanaler och resurser behövs för att rikta budskapen till företagen.',
          en: 'Communication is systematic and long-term, to increase its impact. Communication channels and resources are needed to target the messages at the companies.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Joensuus riktlinjer för ansvarsfull kommunikation',
          en: "Joensuu's guidelines for responsible communication",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'informing-about-opportunities',
    category: 'communication',
    title: {
      sv: 'Att informera om möjligheter som andra tillhandahåller',
      en: 'Informing about opportunities offered by others',
    },
    name: {
      sv: 'Att informera om möjligheter, tjänster, företagssamarbetsnätverk, engagemangsplattformar, etc. som andra tillhandahåller.',
      en: 'Informing about opportunities, services, business cooperation networks, engagement platforms, etc. offered by others.',
    },
    why: {
      sv: 'Utnyttjande av befintliga tjänster, sparar kommunala resurser',
      en: 'Making use of existing services, saves municipal resources',
    },
    how: [
      {
        text: {
          sv: 'Kräver aktiv övervakning av företagstjänster och möjligheter, t.ex. aktuella finansieringsansökningar, energirådgivningstjänster, projektpartnerskap.',
          en: 'Requires active monitoring of business services and opportunities, e.g. current funding calls, energy advice services, project partnerships.',
        },
      },
      {
        text: {
          sv: 'För att öka effektiviteten, ett långsiktigt, kontinuerligt och planerat kommunikationspaket.',
          en: 'To increase impact, a long-term, continuous and planned communication package.',
        },
      },
    ],
    examples: [
      {
        name: { sv: 'Joensuus klimatpartnerbank', en: "Joensuu's climate partner bank" },
        inFinnish: true,
      },
      { name: { sv: 'Nurmijärvi kommun', en: 'Municipality of Nurmijärvi' }, inFinnish: false },
      {
        name: {
          sv: 'Björneborg: stöd till små och medelstora företag, energieffektivitetsavtal',
          en: 'Pori: support for small and medium-sized enterprises, energy efficiency agreements',
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'open-data',
    category: 'communication',
    // The source's "datarelaterad" is a scraping artefact of "data relaterad".
    title: {
      sv: 'Öppna data relaterad till koldioxidsnålhet',
      en: 'Open data related to low-carbon development',
    },
    name: {
      sv: 'Öppna data relaterad till koldioxidsnålhet',
      en: 'Open data related to low-carbon development',
    },
    why: {
      sv: 'Möjliggör ny affärsverksamhet med låga koldioxidutsläpp, nyttoanvändning av information producerad av kommunen',
      en: 'Enables new low-carbon business, puts information produced by the municipality to use',
    },
    how: [
      {
        text: {
          sv: 'Öppna data till exempel till en öppen dataportal för alla att se. Kommunicera systematiskt och långsiktigt för att väcka intresse och öka effektiviteten.',
          en: 'Open up data, for example on an open data portal for everyone to see. Communicate systematically and long-term, to spark interest and increase impact.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Tjänsten för öppna data HRI',
          en: 'The open data service HRI (Helsinki Region Infoshare)',
        },
        inFinnish: false,
      },
    ],
    risks: [],
  },
  {
    id: 'sharing-company-climate-actions',
    category: 'communication',
    title: {
      sv: 'Delning av företagens klimatgärningar i kommunala kanaler',
      en: "Sharing companies' climate actions in municipal channels",
    },
    name: {
      sv: 'Delning av företagens klimatgärningar i kommunala kanaler',
      en: "Sharing companies' climate actions in municipal channels",
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde för företag, konkurrensfördelar, göra gärningarna synliga lokalt, förändring av verksamhetskulturer',
      en: 'Communication and brand value for companies, competitive advantages, making the actions visible locally, changing operating cultures',
    },
    how: [
      {
        text: {
          sv: 'Kriterierna för att överskrida kommunikationströskeln definieras / gärningens marknadsvärde för andra bedöms och man besluter om kommunikationskanalerna. Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten.',
          en: "The criteria for crossing the communication threshold are defined / the action's marketing value for others is assessed, and the communication channels are decided on. Communication is systematic and long-term, to increase its impact.",
        },
        // The source's "–" lines under this paragraph.
        subPoints: [
          {
            sv: 'T.ex. en artikelserie om Ansvarsfulla företagsberättelser på kommunens webbsida',
            en: "E.g. a series of articles, Responsible company stories, on the municipality's website",
          },
          {
            sv: 'Konceptet kan implementeras i samarbete med till exempel lokala företagarföreningar',
            en: "The concept can be implemented in cooperation with, for example, local entrepreneurs' associations",
          },
          {
            sv: 'Företaget kan utlovas en viss årlig synlighet i klimatnätverket',
            en: 'The company can be promised a certain amount of visibility in the climate network each year',
          },
        ],
      },
    ],
    examples: [
      {
        name: {
          sv: 'Klimatsamarbetsnätverket KESTÄVÄT (Alavo, Kuortane, Kurikka och Lappo)',
          en: 'The climate cooperation network KESTÄVÄT (Alavus, Kuortane, Kurikka and Lapua)',
        },
        inFinnish: false,
      },
      { name: { sv: 'Björneborg', en: 'Pori' }, inFinnish: true },
      {
        name: {
          sv: 'Kuusamo deltar i kampanjen #duunienergiaa',
          en: 'Kuusamo takes part in the #duunienergiaa campaign',
        },
        inFinnish: true,
      },
      { name: { sv: 'Kauhajoki', en: 'Kauhajoki' }, inFinnish: true },
    ],
    risks: [],
  },
  {
    id: 'communication-campaigns',
    category: 'communication',
    title: { sv: 'Kommunikationskampanjer', en: 'Communication campaigns' },
    name: { sv: 'Kommunikationskampanjer', en: 'Communication campaigns' },
    why: {
      sv: 'Öka företagens klimatmedvetenhet och agerande, motivera med inspirerande kommunikation',
      en: "Increase companies' climate awareness and action, motivate through inspiring communication",
    },
    // The source has no example here; its last paragraph (partners) describes how, so it stays in how.
    how: [
      {
        text: {
          sv: 'Identifiera de främsta teman som kommunen vill påverka. Välj en tillräcklig ledtid för kampanjen (t.ex. första året rörelse, andra året energi, etc.).',
          en: 'Identify the main themes the municipality wants to influence. Choose a long enough time span for the campaign (e.g. mobility in the first year, energy in the second, etc.).',
        },
      },
      {
        // "Smart till jobbet" is Traficom's programme Fiksusti töihin, which has no official
        // English name.
        text: {
          sv: 'Kan genomföras i samarbete med olika aktörer, t.ex. Traficom/Smart till jobbet. Nationella temaveckor/-dagar kan också användas.',
          en: 'Can be carried out in cooperation with various actors, e.g. Traficom/Fiksusti töihin. National theme weeks/days can also be used.',
        },
      },
    ],
    examples: [],
    risks: [],
  },
];
