import type { CatalogueModel } from '../types';

// "öka effektiviteten" is about what the communication achieves: English says "impact", Finnish
// "vaikuttavuus".
export const COMMUNICATION_MODELS: readonly CatalogueModel[] = [
  {
    id: 'communication-to-companies',
    category: 'communication',
    // The topic, the municipality's own climate issues and material, sets this model apart
    // from the other communication models: the title keeps it.
    title: {
      sv: 'Kommunikation om kommunens klimatfrågor och material',
      fi: 'Viestintä kunnan ilmastoasioista ja materiaaleista',
      en: 'Communication on municipal climate issues and material',
    },
    name: {
      sv: 'Kommunikation riktad till företag om kommunens klimatfrågor och möjligheter samt material som kommunen producerar',
      fi: 'Yrityksille suunnattu viestintä kunnan ilmastoasioista ja -mahdollisuuksista sekä kunnan tuottamista materiaaleista',
      en: "Communication aimed at companies about the municipality's climate issues and opportunities and about material the municipality produces",
    },
    why: {
      sv: 'Öka medvetenheten, motivera andra genom inspirerande kommunikation, lättare att få publikationer i företagens bruk, företagsekonomiska effekter av klimatundersökningar',
      fi: 'Tietoisuuden lisääminen, muiden motivointi innostavalla viestinnällä, julkaisujen saaminen helpommin yritysten käyttöön, ilmastoselvitysten liiketaloudelliset vaikutukset',
      en: 'Raise awareness, motivate others through inspiring communication, make it easier to get publications used by companies, the business effects of climate studies',
    },
    how: [
      {
        text: {
          sv: 'Översätta kommunala budskap till att vara intressanta för företag; t.ex. en studie av regionens klimatrisker > vad det innebär i praktiken för företagen. Kommunalt material modifieras så att det är lätt för företag att implementera, till exempel en version av riktlinjerna för klimatkommunikation för företag eller en version av miljöstödsutbildning för företag.',
          fi: 'Kunnan viestit käännetään yrityksiä kiinnostaviksi; esim. selvitys alueen ilmastoriskeistä → mitä se tarkoittaa yrityksille käytännössä. Kunnan materiaaleja muokataan niin, että yritysten on helppo ottaa ne käyttöön, esimerkiksi ilmastoviestinnän ohjeistuksesta tai ekotukikoulutuksesta tehdään versio yrityksille.',
          en: "Translate municipal messages so that they interest companies; e.g. a study of the region's climate risks → what it means for the companies in practice. Municipal material is adapted so that it is easy for companies to implement, for example a company version of the climate communication guidelines or a company version of the eco-support training.",
        },
      },
      {
        text: {
          sv: 'Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten. Kommunikationskanaler och resurser behövs för att rikta budskapen till företagen.',
          fi: 'Viestitään järjestelmällisesti ja pitkäjänteisesti vaikuttavuuden lisäämiseksi. Viestien kohdentamiseen yrityksille tarvitaan viestintäkanavia ja resursseja.',
          en: 'Communication is systematic and long-term, to increase its impact. Communication channels and resources are needed to target the messages at the companies.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Joensuus riktlinjer för ansvarsfull kommunikation',
          fi: 'Joensuun vastuullisen viestinnän ohjeistus',
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
      fi: 'Tiedottaminen muiden tarjoamista mahdollisuuksista',
      en: 'Informing about opportunities offered by others',
    },
    name: {
      sv: 'Att informera om möjligheter, tjänster, företagssamarbetsnätverk, engagemangsplattformar, etc. som andra tillhandahåller.',
      fi: 'Tiedottaminen muiden tarjoamista mahdollisuuksista, palveluista, yritysyhteistyöverkostoista, sitoumusalustoista jne.',
      en: 'Informing about opportunities, services, business cooperation networks, engagement platforms, etc. offered by others.',
    },
    why: {
      sv: 'Utnyttjande av befintliga tjänster, sparar kommunala resurser',
      fi: 'Olemassa olevien palvelujen hyödyntäminen, säästää kunnan resursseja',
      en: 'Making use of existing services, saves municipal resources',
    },
    how: [
      {
        text: {
          sv: 'Kräver aktiv övervakning av företagstjänster och möjligheter, t.ex. aktuella finansieringsansökningar, energirådgivningstjänster, projektpartnerskap.',
          fi: 'Edellyttää yrityspalvelujen ja -mahdollisuuksien aktiivista seurantaa, esim. ajankohtaiset rahoitushaut, energianeuvontapalvelut, hankekumppanuudet.',
          en: 'Requires active monitoring of business services and opportunities, e.g. current funding calls, energy advice services, project partnerships.',
        },
      },
      {
        text: {
          sv: 'För att öka effektiviteten, ett långsiktigt, kontinuerligt och planerat kommunikationspaket.',
          fi: 'Vaikuttavuuden lisäämiseksi pitkäjänteinen, jatkuva ja suunnitelmallinen viestintäkokonaisuus.',
          en: 'To increase impact, a long-term, continuous and planned communication package.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Joensuus klimatpartnerbank',
          fi: 'Joensuun ilmastokumppanipankki',
          en: "Joensuu's climate partner bank",
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Nurmijärvi kommun',
          fi: 'Nurmijärven kunta',
          en: 'Municipality of Nurmijärvi',
        },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Björneborg: stöd till små och medelstora företag, energieffektivitetsavtal',
          fi: 'Pori: tukea pienille ja keskisuurille yrityksille, energiatehokkuussopimukset',
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
      fi: 'Vähähiilisyyteen liittyvä avoin data',
      en: 'Open data related to low-carbon development',
    },
    name: {
      sv: 'Öppna data relaterad till koldioxidsnålhet',
      fi: 'Vähähiilisyyteen liittyvä avoin data',
      en: 'Open data related to low-carbon development',
    },
    why: {
      sv: 'Möjliggör ny affärsverksamhet med låga koldioxidutsläpp, nyttoanvändning av information producerad av kommunen',
      fi: 'Mahdollistaa uutta vähähiilistä liiketoimintaa, kunnan tuottaman tiedon hyötykäyttö',
      en: 'Enables new low-carbon business, puts information produced by the municipality to use',
    },
    how: [
      {
        text: {
          sv: 'Öppna data till exempel till en öppen dataportal för alla att se. Kommunicera systematiskt och långsiktigt för att väcka intresse och öka effektiviteten.',
          fi: 'Data avataan esimerkiksi avoimen datan portaaliin kaikkien nähtäväksi. Viestitään järjestelmällisesti ja pitkäjänteisesti kiinnostuksen herättämiseksi ja vaikuttavuuden lisäämiseksi.',
          en: 'Open up data, for example on an open data portal for everyone to see. Communicate systematically and long-term, to spark interest and increase impact.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Tjänsten för öppna data HRI',
          fi: 'Avoimen datan palvelu HRI (Helsinki Region Infoshare)',
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
      fi: 'Yritysten ilmastotekojen jakaminen kunnan kanavissa',
      en: "Sharing companies' climate actions in municipal channels",
    },
    name: {
      sv: 'Delning av företagens klimatgärningar i kommunala kanaler',
      fi: 'Yritysten ilmastotekojen jakaminen kunnan kanavissa',
      en: "Sharing companies' climate actions in municipal channels",
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde för företag, konkurrensfördelar, göra gärningarna synliga lokalt, förändring av verksamhetskulturer',
      fi: 'Viestintä- ja brändiarvoa yrityksille, kilpailuetua, tekojen tuominen näkyviksi paikallisesti, toimintakulttuurien muutos',
      en: 'Communication and brand value for companies, competitive advantages, making the actions visible locally, changing operating cultures',
    },
    how: [
      {
        text: {
          sv: 'Kriterierna för att överskrida kommunikationströskeln definieras / gärningens marknadsvärde för andra bedöms och man besluter om kommunikationskanalerna. Man kommunicerar systematiskt och långsiktigt för att öka effektiviteten.',
          fi: 'Määritellään kriteerit viestintäkynnyksen ylittymiselle / arvioidaan teon markkinointiarvo muille ja päätetään viestintäkanavista. Viestitään järjestelmällisesti ja pitkäjänteisesti vaikuttavuuden lisäämiseksi.',
          en: "The criteria for crossing the communication threshold are defined / the action's marketing value for others is assessed, and the communication channels are decided on. Communication is systematic and long-term, to increase its impact.",
        },
        // The source's "–" lines under this paragraph.
        subPoints: [
          {
            sv: 'T.ex. en artikelserie om Ansvarsfulla företagsberättelser på kommunens webbsida',
            fi: 'Esim. juttusarja Vastuullisia yritystarinoita kunnan verkkosivuilla',
            en: "E.g. a series of articles, Responsible company stories, on the municipality's website",
          },
          {
            sv: 'Konceptet kan implementeras i samarbete med till exempel lokala företagarföreningar',
            fi: 'Konseptin voi toteuttaa yhteistyössä esimerkiksi paikallisten yrittäjäyhdistysten kanssa',
            en: "The concept can be implemented in cooperation with, for example, local entrepreneurs' associations",
          },
          {
            sv: 'Företaget kan utlovas en viss årlig synlighet i klimatnätverket',
            fi: 'Yritykselle voidaan luvata tietty vuosittainen näkyvyys ilmastoverkostossa',
            en: 'The company can be promised a certain amount of visibility in the climate network each year',
          },
        ],
      },
    ],
    examples: [
      {
        name: {
          sv: 'Klimatsamarbetsnätverket KESTÄVÄT (Alavo, Kuortane, Kurikka och Lappo)',
          fi: 'Ilmastoyhteistyöverkosto KESTÄVÄT (Alavus, Kuortane, Kurikka ja Lapua)',
          en: 'The climate cooperation network KESTÄVÄT (Alavus, Kuortane, Kurikka and Lapua)',
        },
        inFinnish: false,
      },
      { name: { sv: 'Björneborg', fi: 'Pori', en: 'Pori' }, inFinnish: true },
      {
        name: {
          sv: 'Kuusamo deltar i kampanjen #duunienergiaa',
          fi: 'Kuusamo mukana #duunienergiaa-kampanjassa',
          en: 'Kuusamo takes part in the #duunienergiaa campaign',
        },
        inFinnish: true,
      },
      { name: { sv: 'Kauhajoki', fi: 'Kauhajoki', en: 'Kauhajoki' }, inFinnish: true },
    ],
    risks: [],
  },
  {
    id: 'communication-campaigns',
    category: 'communication',
    title: {
      sv: 'Kommunikationskampanjer',
      fi: 'Viestintäkampanjat',
      en: 'Communication campaigns',
    },
    name: {
      sv: 'Kommunikationskampanjer',
      fi: 'Viestintäkampanjat',
      en: 'Communication campaigns',
    },
    why: {
      sv: 'Öka företagens klimatmedvetenhet och agerande, motivera med inspirerande kommunikation',
      fi: 'Yritysten ilmastotietoisuuden ja -toiminnan lisääminen, motivointi innostavalla viestinnällä',
      en: "Increase companies' climate awareness and action, motivate through inspiring communication",
    },
    // The source has no example here; its last paragraph (partners) describes how, so it stays in how.
    how: [
      {
        text: {
          sv: 'Identifiera de främsta teman som kommunen vill påverka. Välj en tillräcklig ledtid för kampanjen (t.ex. första året rörelse, andra året energi, etc.).',
          fi: 'Tunnistetaan tärkeimmät teemat, joihin kunta haluaa vaikuttaa. Valitaan kampanjalle riittävän pitkä aikajänne (esim. ensimmäisenä vuonna liikkuminen, toisena energia jne.).',
          en: 'Identify the main themes the municipality wants to influence. Choose a long enough time span for the campaign (e.g. mobility in the first year, energy in the second, etc.).',
        },
      },
      {
        // "Smart till jobbet" is Traficom's programme Fiksusti töihin, which has no official
        // English name: English and Finnish use the original.
        text: {
          sv: 'Kan genomföras i samarbete med olika aktörer, t.ex. Traficom/Smart till jobbet. Nationella temaveckor/-dagar kan också användas.',
          fi: 'Voidaan toteuttaa yhteistyössä eri toimijoiden kanssa, esim. Traficom/Fiksusti töihin. Myös valtakunnallisia teemaviikkoja/-päiviä voi hyödyntää.',
          en: 'Can be carried out in cooperation with various actors, e.g. Traficom/Fiksusti töihin. National theme weeks/days can also be used.',
        },
      },
    ],
    examples: [],
    risks: [],
  },
];
