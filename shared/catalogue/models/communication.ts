import type { CatalogueModel } from '../types';

export const COMMUNICATION_MODELS: readonly CatalogueModel[] = [
  {
    id: 'communication-to-companies',
    category: 'communication',
    title: { sv: 'Kommunikation riktad till företag', en: 'Communication aimed at companies' },
    what: {
      sv: 'Kommunikation riktad till företag om kommunens klimatfrågor och möjligheter samt material som kommunen producerar',
      en: "Communication aimed at companies about the municipality's climate issues and opportunities, and about material the municipality produces",
    },
    why: {
      sv: 'Öka medvetenheten, motivera andra genom inspirerande kommunikation, lättare att få publikationer i företagens bruk, företagsekonomiska effekter av klimatundersökningar',
      en: 'Raise awareness, motivate others through inspiring communication, make publications easier for companies to use, bring out what climate studies mean for business',
    },
    how: [
      {
        sv: 'Översätta kommunala budskap till att vara intressanta för företag; t.ex. en studie av regionens klimatrisker > vad det innebär i praktiken för företagen. Kommunalt material modifieras så att det är lätt för företag att implementera, till exempel en version av riktlinjerna för klimatkommunikation för företag eller en version av miljöstödsutbildning för företag.',
        en: "Translate the municipality's messages so that they interest companies; e.g. a study of the region's climate risks > what it means for companies in practice. Municipal material is adapted so that companies can easily put it to use, for example a company version of the climate communication guidelines or of the environmental support training.",
      },
      {
        sv: 'Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten. Kommunikationskanaler och resurser behövs för att rikta budskapen till företagen.',
        en: 'Communication is systematic and long-term to make it more effective. Communication channels and resources are needed to target the messages at companies.',
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
    what: {
      sv: 'Att informera om möjligheter, tjänster, företagssamarbetsnätverk, engagemangsplattformar, etc. som andra tillhandahåller.',
      en: 'Informing about opportunities, services, business cooperation networks, engagement platforms, etc. offered by others.',
    },
    why: {
      sv: 'Utnyttjande av befintliga tjänster, sparar kommunala resurser',
      en: 'Makes use of existing services, saves municipal resources',
    },
    how: [
      {
        sv: 'Kräver aktiv övervakning av företagstjänster och möjligheter, t.ex. aktuella finansieringsansökningar, energirådgivningstjänster, projektpartnerskap.',
        en: 'Requires actively following business services and opportunities, e.g. current funding calls, energy advice services, project partnerships.',
      },
      {
        sv: 'För att öka effektiviteten, ett långsiktigt, kontinuerligt och planerat kommunikationspaket.',
        en: 'To increase effectiveness, a long-term, continuous and planned communication package.',
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
    title: {
      // The source's "datarelaterad" is a scraping artefact of "data relaterad".
      sv: 'Öppna data relaterad till koldioxidsnålhet',
      en: 'Open data related to low-carbon development',
    },
    what: {
      sv: 'Öppna data relaterad till koldioxidsnålhet',
      en: 'Open data related to low-carbon development',
    },
    why: {
      sv: 'Möjliggör ny affärsverksamhet med låga koldioxidutsläpp, nyttoanvändning av information producerad av kommunen',
      en: 'Enables new low-carbon business, puts information produced by the municipality to good use',
    },
    how: [
      {
        sv: 'Öppna data till exempel till en öppen dataportal för alla att se. Kommunicera systematiskt och långsiktigt för att väcka intresse och öka effektiviteten.',
        en: 'Open up data, for example on an open data portal for everyone to see. Communicate systematically and over the long term to spark interest and increase effectiveness.',
      },
    ],
    examples: [
      {
        name: {
          sv: 'Tjänsten för öppna data HRI',
          en: 'The HRI open data service (Helsinki Region Infoshare)',
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
    what: {
      sv: 'Delning av företagens klimatgärningar i kommunala kanaler',
      en: "Sharing companies' climate actions in the municipality's channels",
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde för företag, konkurrensfördelar, göra gärningarna synliga lokalt, förändring av verksamhetskulturer',
      en: 'Communication and brand value for companies, competitive advantages, making the actions visible locally, changing ways of working',
    },
    // The source's "–" bullet lines are kept as paragraphs of their own, dash included.
    how: [
      {
        sv: 'Kriterierna för att överskrida kommunikationströskeln definieras / gärningens marknadsvärde för andra bedöms och man besluter om kommunikationskanalerna. Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten.',
        en: 'The criteria an action must meet to be worth communicating are defined / its value as an example to others is assessed, and the communication channels are decided. Communication is systematic and long-term to make it more effective.',
      },
      {
        sv: '– T.ex. en artikelserie om Ansvarsfulla företagsberättelser på kommunens webbsida',
        en: "– E.g. a series of articles of responsible company stories on the municipality's website",
      },
      {
        sv: '– Konceptet kan implementeras i samarbete med till exempel lokala företagarföreningar',
        en: "– The concept can be implemented together with, for example, local entrepreneurs' associations",
      },
      {
        sv: '– Företaget kan utlovas en viss årlig synlighet i klimatnätverket',
        en: '– The company can be promised a certain amount of visibility in the climate network each year',
      },
    ],
    examples: [
      {
        name: {
          sv: 'Klimatsamarbetsnätverket KESTÄVÄT (Alavo, Kuortane, Kurikka och Lappo)',
          en: 'The KESTÄVÄT climate cooperation network (Alavus, Kuortane, Kurikka and Lapua)',
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
    what: { sv: 'Kommunikationskampanjer', en: 'Communication campaigns' },
    why: {
      sv: 'Öka företagens klimatmedvetenhet och agerande, motivera med inspirerande kommunikation',
      en: "Increase companies' climate awareness and action, motivate through inspiring communication",
    },
    // The source has no example here; its last paragraph (partners) describes how, so it stays in how.
    how: [
      {
        sv: 'Identifiera de främsta teman som kommunen vill påverka. Välj en tillräcklig ledtid för kampanjen (t.ex. första året rörelse, andra året energi, etc.).',
        en: 'Identify the main themes the municipality wants to influence. Choose a long enough time span for the campaign (e.g. mobility in the first year, energy in the second, etc.).',
      },
      {
        sv: 'Kan genomföras i samarbete med olika aktörer, t.ex. Traficom/Smart till jobbet. Nationella temaveckor/-dagar kan också användas.',
        en: 'Can be carried out together with various actors, e.g. Traficom/Smart to Work. National theme weeks/days can also be used.',
      },
    ],
    examples: [],
    risks: [],
  },
];
