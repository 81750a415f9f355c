import type { CatalogueModel } from '../types';

export const MARKET_GUIDANCE_MODELS: readonly CatalogueModel[] = [
  {
    id: 'responsible-procurement',
    category: 'market-guidance',
    title: { sv: 'Ansvarsfull kommunal upphandling', en: 'Responsible municipal procurement' },
    name: { sv: 'Ansvarsfull kommunal upphandling', en: 'Responsible municipal procurement' },
    why: {
      sv: 'Referenser för företag, hållbara lösningar för kommunen',
      en: 'References for companies, sustainable solutions for the municipality',
    },
    how: [
      {
        text: {
          sv: 'Marknadsdialoger, kontinuerlig utveckling av upphandlingskriterier',
          en: 'Market dialogues, continuous development of procurement criteria',
        },
      },
    ],
    // Kept as a whole sentence: the source points to a source of advice, not to a user of the model.
    examples: [
      {
        name: {
          sv: 'Ytterligare information från t.ex. HankintaKeino',
          en: 'Further information from e.g. HankintaKeino',
        },
        inFinnish: false,
      },
    ],
    risks: [],
  },
  {
    id: 'funding-for-strategic-ideas',
    category: 'market-guidance',
    // The condition "that support the strategy" is what sets this model apart: the title keeps it.
    title: {
      sv: 'Finansiering för idéer som stödjer den kommunala strategin',
      en: 'Funding for ideas that support the municipal strategy',
    },
    name: {
      sv: 'Bevilja finansiering för idéer som stödjer den kommunala strategin',
      en: 'Granting funding for ideas that support the municipal strategy',
    },
    why: {
      sv: 'Implementera den kommunala strategin',
      en: 'Implement the municipal strategy',
    },
    how: [{ text: { sv: 'Tilldela pengar till bra idéer', en: 'Allocate money to good ideas' } }],
    examples: [{ name: { sv: 'Villmanstrand', en: 'Lappeenranta' }, inFinnish: true }],
    risks: [],
  },
];
