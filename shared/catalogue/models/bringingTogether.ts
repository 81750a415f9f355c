import type { CatalogueModel } from '../types';

export const BRINGING_TOGETHER_MODELS: readonly CatalogueModel[] = [
  {
    id: 'business-networking',
    category: 'bringing-together',
    title: {
      sv: 'Stödja företagens nätverkande',
      fi: 'Yritysten verkostoitumisen tukeminen',
      en: "Supporting companies' networking",
    },
    name: {
      sv: 'Stödja företagens nätverkande',
      fi: 'Yritysten verkostoitumisen tukeminen',
      en: "Supporting companies' networking",
    },
    // The source's first line holds what + why; the following paragraphs are the "Hur" column.
    why: {
      sv: 'Uppkomsten av nya samarbetsmönster och innovationer. Ökar också regionens konkurrenskraft, förbättrar företagens verksamhetsförutsättningar.',
      fi: 'Uusien yhteistyömallien ja innovaatioiden syntyminen. Lisää myös alueen kilpailukykyä, parantaa yritysten toimintaedellytyksiä.',
      en: "The emergence of new patterns of cooperation and innovations. Also increases the region's competitiveness, improves companies' operating conditions.",
    },
    how: [
      {
        text: {
          sv: 'Kommunen fungerar som samlare och leverantör av plattformar för företagens möten.',
          fi: 'Kunta toimii kokoajana ja tarjoaa alustoja yritysten kohtaamisille.',
          en: "The municipality acts as a convener and as a provider of platforms for companies' meetings.",
        },
      },
      {
        text: {
          sv: 'Nätverkande kräver flera möten, idébearbetning och behandling. Det rekommenderas att begränsa branschen/temat så att den är tillräckligt snäv, så att resultatet är konkret. Till exempel kan en serie möten som riktar sig till träbyggnadsaktörer arrangeras.',
          fi: 'Verkostoituminen vaatii useita tapaamisia, ideoiden jalostamista ja käsittelyä. Toimiala/teema kannattaa rajata riittävän kapeaksi, jotta tulos on konkreettinen. Esimerkiksi puurakentamisen toimijoille voidaan järjestää tapaamissarja.',
          en: 'Networking requires several meetings, working up ideas and processing them. It is recommended to narrow the sector/theme enough for the outcome to be concrete. For example, a series of meetings aimed at wood construction actors can be arranged.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'De regionala städernas företagsnätverk (t.ex. träbyggnad)',
          fi: 'Seutukaupunkien yritysverkostot (esim. puurakentaminen)',
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
      fi: 'Verkkoalusta toimijoiden yhteen saattamiseen',
      en: 'A web platform for bringing actors together',
    },
    name: {
      sv: 'En webbplattform för slå ihop aktörer',
      fi: 'Verkkoalusta toimijoiden yhteen saattamiseen',
      en: 'A web platform for bringing actors together',
    },
    why: {
      sv: 'Att sammanföra aktörer, möjliggöra frivilligt agerande',
      fi: 'Toimijoiden yhteen saattaminen, vapaaehtoisen toiminnan mahdollistaminen',
      en: 'Bringing actors together, enabling voluntary action',
    },
    how: [
      {
        text: {
          sv: 'Kräver en webbplattform och dess underhåll. Att göra plattformen känd och engagera ett tillräckligt antal användare kräver aktiv och långsiktig kommunikation.',
          fi: 'Edellyttää verkkoalustaa ja sen ylläpitoa. Alustan tunnetuksi tekeminen ja riittävän monen käyttäjän sitouttaminen vaativat aktiivista ja pitkäjänteistä viestintää.',
          en: 'Requires a web platform and its maintenance. Making the platform known and engaging enough users requires active and long-term communication.',
        },
      },
      {
        text: {
          sv: 'Webbplattformen kan vara öppen för alla organisationer och enskilda kommuninvånare, eller så kan den vara en sluten arbetsplattform för en viss grupp företag.',
          fi: 'Verkkoalusta voi olla avoin kaikille organisaatioille ja yksittäisille kuntalaisille, tai se voi olla tietyn yritysjoukon suljettu työskentelyalusta.',
          en: 'The web platform can be open to all organisations and individual residents of the municipality, or it can be a closed working platform for a certain group of companies.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Joensuus kommunmatch',
          fi: 'Joensuun kuntamatch',
          en: "Joensuu's municipal matchmaking",
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Villmanstrands Greenreality-nätverk',
          fi: 'Lappeenrannan Greenreality-verkosto',
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
      fi: 'Yhteistyö oppilaitosten kanssa',
      en: 'Cooperation with educational institutions',
    },
    name: {
      sv: 'Samarbete med läroanstalter',
      fi: 'Yhteistyö oppilaitosten kanssa',
      en: 'Cooperation with educational institutions',
    },
    why: {
      sv: 'För företag sparring och nya perspektiv på ansvarsfrågor, för studenter en touch till praktiskt arbetsliv och företagsansvar',
      fi: 'Yrityksille sparrausta ja uusia näkökulmia vastuullisuuskysymyksiin, opiskelijoille kosketus käytännön työelämään ja yritysvastuuseen',
      en: 'For companies, a sounding board and new perspectives on responsibility issues; for students, a touch of practical working life and corporate responsibility',
    },
    how: [
      {
        text: {
          sv: 'Flera praktiska implementeringsmöjligheter; kursarbeten, praktik, projekt, examensarbeten. Kommunens roll att initiera och upprätthålla samarbetet och säkerställa att verksamheten också stödjer de mål som kommunen ställt upp.',
          fi: 'Useita käytännön toteutustapoja: kurssityöt, harjoittelut, projektit, opinnäytetyöt. Kunnan rooli on käynnistää ja ylläpitää yhteistyötä ja varmistaa, että toiminta tukee myös kunnan asettamia tavoitteita.',
          en: "Several practical ways to implement it: coursework, internships, projects, theses. The municipality's role is to initiate and maintain the cooperation and to ensure that the activities also support the goals the municipality has set.",
        },
      },
      {
        text: {
          sv: 'Till exempel genomför studenterna varje år som en del av en specifik kurs utsläppsberäkningar eller genomför analyser på ansvarsfull affärsverksamhet för företag (t.ex. klimat-SWOT).',
          fi: 'Esimerkiksi opiskelijat tekevät joka vuosi osana tiettyä kurssia yrityksille päästölaskelmia tai vastuullisen liiketoiminnan analyyseja (esim. ilmasto-SWOT).',
          en: 'For example, every year as part of a specific course, students carry out emissions calculations or analyses of responsible business for companies (e.g. a climate SWOT).',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Lahtis klimatpartnerskap',
          fi: 'Lahden ilmastokumppanuus',
          en: "Lahti's climate partnership",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'hiring-summer-workers',
    category: 'bringing-together',
    title: {
      sv: 'Anställa sommarjobbare',
      fi: 'Kesätyöntekijöiden palkkaaminen',
      en: 'Hiring summer workers',
    },
    name: {
      sv: 'Anställa sommarjobbare',
      fi: 'Kesätyöntekijöiden palkkaaminen',
      en: 'Hiring summer workers',
    },
    why: {
      sv: 'För unga, kontakt med det praktiska arbetslivet och förtrogenhet med företagsansvar. För företag, nya perspektiv, synlighet eller annat mervärde.',
      fi: 'Nuorille kosketus käytännön työelämään ja perehtymistä yritysvastuuseen. Yrityksille uusia näkökulmia, näkyvyyttä tai muuta lisäarvoa.',
      en: 'For young people, contact with practical working life and familiarity with corporate responsibility. For companies, new perspectives, visibility or other added value.',
    },
    how: [
      {
        text: {
          sv: 'Flera praktiska genomförandemöjligheter, som t.ex. klimatlyft i området på kommunens sociala media eller en artikelserie om ansvariga aktörer på webbsidan; kommunens image av ansvarsfullhet, synlighet för företag.',
          fi: 'Useita käytännön toteutustapoja, esim. alueen ilmastonostot kunnan sosiaalisessa mediassa tai juttusarja vastuullisista toimijoista verkkosivuilla; kunnan vastuullisuuskuva, näkyvyyttä yrityksille.',
          en: "Several practical ways to carry it out, e.g. climate highlights from the area on the municipality's social media or a series of articles on responsible actors on the website; the municipality's image of responsibility, visibility for companies.",
        },
      },
      {
        text: {
          sv: 'Även till exempel "översättning" av producerat material till företagens intresse, utsläppsberäkningar för företag eller annan tjänst som man har expertis för.',
          fi: 'Myös esimerkiksi jo tuotetun materiaalin ”kääntäminen” yrityksiä kiinnostavaksi, päästölaskelmat yrityksille tai muu palvelu, johon on osaamista.',
          en: 'Also, for example, "translating" material already produced so that it interests companies, emissions calculations for companies or another service there is expertise for.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Carunas #duunienergiaa-sommarjobbskampanj',
          fi: 'Carunan #duunienergiaa-kesätyökampanja',
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
    title: {
      sv: 'Evenemang, temaspecifika tillfällen',
      fi: 'Tapahtumat, teemakohtaiset tilaisuudet',
      en: 'Events, themed occasions',
    },
    name: {
      sv: 'Evenemang, temaspecifika tillfällen',
      fi: 'Tapahtumat, teemakohtaiset tilaisuudet',
      en: 'Events, themed occasions',
    },
    why: {
      sv: 'Att sammanföra företag / andra aktörer, möjliggöra frivillig verksamhet, dela bästa praxis',
      fi: 'Yritysten / muiden toimijoiden yhteen saattaminen, vapaaehtoisen toiminnan mahdollistaminen, parhaiden käytäntöjen jakaminen',
      en: 'Bringing companies / other actors together, enabling voluntary activity, sharing best practice',
    },
    // One source line holds Hur and Var; "Ytterligare information …" starts the Var column.
    how: [
      {
        text: {
          sv: 'Identifiera ett viktigt tema eller behov som man vill göra synligt eller som kräver att aktörer sammanförs. Kräver resurser för att organisera evenemang.',
          fi: 'Tunnistetaan tärkeä teema tai tarve, joka halutaan tuoda näkyväksi tai joka edellyttää toimijoiden yhteen saattamista. Vaatii resursseja tapahtumien järjestämiseen.',
          en: 'Identify an important theme or need that is to be made visible or that requires bringing actors together. Requires resources for organising events.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Ytterligare information om evenemangsplanering: hiilineutraalisuomi.fi',
          fi: 'Lisätietoa tapahtumien suunnittelusta: hiilineutraalisuomi.fi',
          en: 'Further information on planning events: hiilineutraalisuomi.fi',
        },
        inFinnish: false,
      },
    ],
    risks: [],
  },
];
