import type { CatalogueModel } from '../types';

// "Ansvar-" is "responsibility" in every name here, as for the label: one term for one concept.
export const TRAINING_AND_ADVICE_MODELS: readonly CatalogueModel[] = [
  {
    id: 'responsibility-training-for-companies',
    category: 'training-and-advice',
    title: {
      sv: 'Ansvarsutbildning/-coachning för företag',
      fi: 'Vastuullisuuskoulutus/-valmennus yrityksille',
      en: 'Responsibility training/coaching for companies',
    },
    name: {
      sv: 'Ansvarsutbildning/-coachning för företag',
      fi: 'Vastuullisuuskoulutus/-valmennus yrityksille',
      en: 'Responsibility training/coaching for companies',
    },
    why: {
      sv: 'Öka medvetenhet och kompetens',
      fi: 'Tietoisuuden ja osaamisen lisääminen',
      en: 'Raise awareness and build competence',
    },
    how: [
      {
        text: {
          sv: 'Ge företag praktisk utbildning kring klimatfrågan. Kräver identifiering av utbildningsbehovet, avgränsning och resurser (tid och expertis eller pengar).',
          fi: 'Annetaan yrityksille käytännön koulutusta ilmastokysymyksestä. Edellyttää koulutustarpeen tunnistamista, rajausta ja resursseja (aikaa ja asiantuntemusta tai rahaa).',
          en: 'Give companies practical training on the climate issue. Requires identifying the training need, defining the scope, and resources (time and expertise, or money).',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Tavastehus IlmastoPARKKI-projekt',
          fi: 'Hämeenlinnan IlmastoPARKKI-hanke',
          en: "Hämeenlinna's IlmastoPARKKI project",
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Laitila kommuns kostnadsfria energiberäkningstjänst',
          fi: 'Laitilan maksuton energialaskentapalvelu',
          en: "Laitila municipality's free energy calculation service",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
  {
    id: 'business-advisory-responsibility-service',
    category: 'training-and-advice',
    title: {
      sv: 'En ansvarstjänst från den kommunala företagsrådgivningen',
      fi: 'Kunnan yritysneuvonnan vastuullisuuspalvelu',
      en: 'A responsibility service from municipal business advice',
    },
    name: {
      sv: 'En ansvarstjänst från den kommunala företagsrådgivningen',
      fi: 'Kunnan yritysneuvonnan vastuullisuuspalvelu',
      en: 'A responsibility service from municipal business advice',
    },
    why: {
      sv: 'Praktisk hjälp med att göra, medvetenhet och öka kompetens',
      fi: 'Käytännön apua tekemiseen, tietoisuutta ja osaamisen lisäämistä',
      en: 'Hands-on practical help, awareness and building competence',
    },
    how: [
      {
        text: {
          sv: 'Omfattningen av den tjänst som ska tillhandahållas kommer att definieras och klimatkompetensen inom företagsrådgivningen utökas, till exempel genom utbildning.',
          fi: 'Määritellään tarjottavan palvelun laajuus ja lisätään yritysneuvonnan ilmasto-osaamista esimerkiksi koulutuksella.',
          en: 'The scope of the service to be provided is defined, and climate competence within business advice is built up, for example through training.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Valonias projekt: klimat som en del av företagsrådgivning',
          fi: 'Valonian hanke: ilmasto osaksi yritysneuvontaa',
          en: "Valonia's project: climate as part of business advice",
        },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Helsingfors Energirenässansteam',
          fi: 'Helsingin Energiarenessanssi-tiimi',
          en: "Helsinki's Energy Renaissance team",
        },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Kalajokis projekt för att utveckla en energiexperttjänst',
          fi: 'Kalajoen hanke energia-asiantuntijapalvelun kehittämiseksi',
          en: "Kalajoki's project to develop an energy expert service",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
];
