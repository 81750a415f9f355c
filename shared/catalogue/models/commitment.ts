import type { CatalogueModel } from '../types';

export const COMMITMENT_MODELS: readonly CatalogueModel[] = [
  {
    id: 'signed-climate-commitment',
    category: 'commitment',
    title: {
      sv: 'Undertecknat klimatåtagande mellan kommunen och företaget',
      fi: 'Kunnan ja yrityksen allekirjoittama ilmastositoumus',
      en: 'Signed climate commitment between municipality and company',
    },
    name: {
      sv: 'Undertecknat klimatåtagande mellan kommunen och företaget',
      fi: 'Kunnan ja yrityksen allekirjoittama ilmastositoumus',
      en: 'Signed climate commitment between municipality and company',
    },
    // No `why`: this table in the source has no "Varför" column.
    how: [
      {
        text: {
          sv: 'Definiera en lägsta nivå av engagemang, utvärdera och vid behov sparring. Besluta om mätning och övervakning samt eventuell koppling till kommunens klimatprogram. Definiera giltighetstiden.',
          fi: 'Määritellään sitoutumisen vähimmäistaso, arvioidaan ja tarvittaessa sparrataan. Päätetään mittaamisesta ja seurannasta sekä mahdollisesta kytköksestä kunnan ilmasto-ohjelmaan. Määritellään voimassaoloaika.',
          en: "Define a minimum level of commitment, evaluate, and act as a sounding board where needed. Decide on measurement and monitoring and on any link to the municipality's climate programme. Define the period of validity.",
        },
      },
    ],
    // One source sentence naming two cities; kept whole because it says where the model is typical.
    examples: [
      {
        name: {
          sv: 'Typiskt i slutna klimatnätverk som ett kriterium för anslutning, t.ex. i Helsingfors och Tammerfors',
          fi: 'Tyypillinen suljetuissa ilmastoverkostoissa liittymisen ehtona, esim. Helsingissä ja Tampereella',
          en: 'Typical in closed climate networks as a criterion for joining, e.g. in Helsinki and Tampere',
        },
        inFinnish: false,
      },
    ],
    // The first point has no "*" in the source but is a point of its own like the other two.
    // "effektivitet" here is whether the commitment achieves anything: English says "impact",
    // Finnish "vaikuttavuus".
    risks: [
      {
        sv: 'Mycket hög risk för grönmålning utan kriterier och giltighet, speciellt om ett ansvarsmärke delas ut samtidigt > dålig bild också av utfärdaren.',
        fi: 'Viherpesun riski on erittäin suuri ilman kriteerejä ja voimassaoloaikaa, etenkin jos samalla myönnetään vastuullisuusmerkki → huono kuva myös myöntäjästä.',
        en: 'A very high risk of greenwashing without criteria and a period of validity, especially if a responsibility label is awarded at the same time → a poor image of the issuer as well.',
      },
      {
        sv: 'Om åtagandet övervakas måste effektiviteten beaktas; svårt att sätta proportionerliga indikatorer och övervakning till och med omöjlig > rapportering är tidskrävande och meningslöst om effektivitet inte kan påvisas.',
        fi: 'Jos sitoumusta seurataan, sen vaikuttavuus on otettava huomioon; oikeasuhtaisia mittareita on vaikea asettaa ja seuranta voi olla jopa mahdotonta → raportointi vie aikaa ja on turhaa, jos vaikuttavuutta ei voida osoittaa.',
        en: 'If the commitment is monitored, its impact must be considered; proportionate indicators are hard to set and monitoring may even be impossible → reporting is time-consuming and pointless if impact cannot be shown.',
      },
      {
        sv: 'Uppföljningen försvåras av den snabba utvecklingen av branscher = åtaganden löper ut snabbt, kommunen har inte kompetens att sparra',
        fi: 'Seurantaa vaikeuttaa toimialojen nopea kehitys = sitoumukset vanhenevat nopeasti, kunnalla ei ole osaamista sparrata',
        en: 'Follow-up is made harder by the rapid development of industries = commitments quickly go out of date, the municipality lacks the competence to act as a sounding board',
      },
    ],
  },
];
