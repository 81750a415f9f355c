import type { CatalogueModel } from '../types';

export const MARKET_GUIDANCE_MODELS: readonly CatalogueModel[] = [
  {
    id: 'responsible-procurement',
    category: 'market-guidance',
    title: { sv: 'Ansvarsfull kommunal upphandling', en: 'Responsible municipal procurement' },
    what: { sv: 'Ansvarsfull kommunal upphandling', en: 'Responsible municipal procurement' },
    why: {
      sv: 'Referenser för företag, hållbara lösningar för kommunen',
      en: 'References for companies, sustainable solutions for the municipality',
    },
    how: [
      {
        sv: 'Marknadsdialoger, kontinuerlig utveckling av upphandlingskriterier',
        en: 'Market dialogues, continuous development of procurement criteria',
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
    title: { sv: 'Bevilja finansiering för idéer', en: 'Granting funding for ideas' },
    what: {
      sv: 'Bevilja finansiering för idéer som stödjer den kommunala strategin',
      en: "Granting funding for ideas that support the municipality's strategy",
    },
    why: {
      sv: 'Implementera den kommunala strategin',
      en: "Implement the municipality's strategy",
    },
    how: [{ sv: 'Tilldela pengar till bra idéer', en: 'Award money to good ideas' }],
    examples: [{ name: { sv: 'Villmanstrand', en: 'Lappeenranta' }, inFinnish: true }],
    risks: [],
  },
];
