import type { CatalogueModel } from '../types';

// "Ansvar-" is "responsibility" in every name here, as for the label: one term for one concept.
export const TRAINING_AND_ADVICE_MODELS: readonly CatalogueModel[] = [
  {
    id: 'responsibility-training-for-companies',
    category: 'training-and-advice',
    title: {
      sv: 'Ansvarsutbildning/-coachning för företag',
      en: 'Responsibility training/coaching for companies',
    },
    name: {
      sv: 'Ansvarsutbildning/-coachning för företag',
      en: 'Responsibility training/coaching for companies',
    },
    why: { sv: 'Öka medvetenhet och kompetens', en: 'Raise awareness and build competence' },
    how: [
      {
        text: {
          sv: 'Ge företag praktisk utbildning kring klimatfrågan. Kräver identifiering av utbildningsbehovet, avgränsning och resurser (tid och expertis eller pengar).',
          en: 'Give companies practical training on the climate issue. Requires identifying the training need, defining the scope, and resources (time and expertise, or money).',
        },
      },
    ],
    examples: [
      {
        name: { sv: 'Tavastehus IlmastoPARKKI-projekt', en: "Hämeenlinna's IlmastoPARKKI project" },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Laitila kommuns kostnadsfria energiberäkningstjänst',
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
      en: 'A responsibility service from municipal business advice',
    },
    name: {
      sv: 'En ansvarstjänst från den kommunala företagsrådgivningen',
      en: 'A responsibility service from municipal business advice',
    },
    why: {
      sv: 'Praktisk hjälp med att göra, medvetenhet och öka kompetens',
      en: 'Hands-on practical help, awareness and building competence',
    },
    how: [
      {
        text: {
          sv: 'Omfattningen av den tjänst som ska tillhandahållas kommer att definieras och klimatkompetensen inom företagsrådgivningen utökas, till exempel genom utbildning.',
          en: 'The scope of the service to be provided is defined, and climate competence within business advice is built up, for example through training.',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Valonias projekt: klimat som en del av företagsrådgivning',
          en: "Valonia's project: climate as part of business advice",
        },
        inFinnish: false,
      },
      {
        name: { sv: 'Helsingfors Energirenässansteam', en: "Helsinki's Energy Renaissance team" },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Kalajokis projekt för att utveckla en energiexperttjänst',
          en: "Kalajoki's project to develop an energy expert service",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
];
