import type { CatalogueModel } from '../types';

export const MARKET_GUIDANCE_MODELS: readonly CatalogueModel[] = [
  {
    id: 'responsible-procurement',
    category: 'market-guidance',
    title: {
      sv: 'Ansvarsfull kommunal upphandling',
      fi: 'Vastuulliset kunnalliset hankinnat',
      en: 'Responsible municipal procurement',
    },
    name: {
      sv: 'Ansvarsfull kommunal upphandling',
      fi: 'Vastuulliset kunnalliset hankinnat',
      en: 'Responsible municipal procurement',
    },
    why: {
      sv: 'Referenser för företag, hållbara lösningar för kommunen',
      fi: 'Referenssejä yrityksille, kestäviä ratkaisuja kunnalle',
      en: 'References for companies, sustainable solutions for the municipality',
    },
    how: [
      {
        text: {
          sv: 'Marknadsdialoger, kontinuerlig utveckling av upphandlingskriterier',
          fi: 'Markkinavuoropuhelut, hankintakriteerien jatkuva kehittäminen',
          en: 'Market dialogues, continuous development of procurement criteria',
        },
      },
    ],
    // Kept as a whole sentence: the source points to a source of advice, not to a user of the model.
    examples: [
      {
        name: {
          sv: 'Ytterligare information från t.ex. HankintaKeino',
          fi: 'Lisätietoa esim. HankintaKeino-palvelusta',
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
      fi: 'Rahoitusta kunnan strategiaa tukeville ideoille',
      en: 'Funding for ideas that support the municipal strategy',
    },
    name: {
      sv: 'Bevilja finansiering för idéer som stödjer den kommunala strategin',
      fi: 'Rahoituksen myöntäminen kunnan strategiaa tukeville ideoille',
      en: 'Granting funding for ideas that support the municipal strategy',
    },
    why: {
      sv: 'Implementera den kommunala strategin',
      fi: 'Kunnan strategian toteuttaminen',
      en: 'Implement the municipal strategy',
    },
    how: [
      {
        text: {
          sv: 'Tilldela pengar till bra idéer',
          fi: 'Rahaa kohdennetaan hyville ideoille',
          en: 'Allocate money to good ideas',
        },
      },
    ],
    examples: [
      { name: { sv: 'Villmanstrand', fi: 'Lappeenranta', en: 'Lappeenranta' }, inFinnish: true },
    ],
    risks: [],
  },
];
