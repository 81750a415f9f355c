import { describe, expect, it } from 'vitest';
import type { CatalogueModel, Category } from '../../../../shared/catalogue/types';
import { planInput } from '../../../../shared/plan/planInput';

const categories: Category[] = [
  { id: 'foundations', title: { sv: 'Grunder', fi: 'Perusta', en: 'Foundations' } },
  {
    id: 'market-guidance',
    title: { sv: 'Marknadsstyrning', fi: 'Markkinaohjaus', en: 'Market guidance' },
  },
];

const models: CatalogueModel[] = [
  {
    id: 'open-data',
    category: 'foundations',
    title: { sv: 'Öppna data', fi: 'Avoin data', en: 'Open data' },
    name: {
      sv: 'Öppna data om utsläpp',
      fi: 'Avoin data päästöistä',
      en: 'Open data on emissions',
    },
    why: {
      sv: 'Företag behöver veta.',
      fi: 'Yritysten on tiedettävä.',
      en: 'Companies need to know.',
    },
    how: [{ text: { sv: 'Publicera årligen.', fi: '', en: '' } }],
    examples: [],
    risks: [],
  },
  {
    id: 'procurement',
    category: 'market-guidance',
    title: {
      sv: 'Ansvarsfull kommunal upphandling',
      fi: 'Vastuulliset kunnalliset hankinnat',
      en: 'Responsible public procurement',
    },
    name: {
      sv: 'Ansvarsfull kommunal upphandling',
      fi: 'Vastuulliset kunnalliset hankinnat',
      en: 'Responsible public procurement',
    },
    how: [
      {
        text: { sv: 'Ställ krav.', fi: 'Aseta vaatimuksia.', en: 'Set criteria.' },
        subPoints: [
          {
            sv: 'Till exempel på livsmedel.',
            fi: 'Esimerkiksi elintarvikkeille.',
            en: 'For example on food.',
          },
          { sv: 'Följ upp.', fi: '', en: '' },
        ],
      },
    ],
    examples: [],
    risks: [
      {
        sv: 'Små företag kan stängas ute.',
        fi: 'Pienet yritykset voivat jäädä ulkopuolelle.',
        en: 'Small firms may be shut out.',
      },
    ],
  },
];

const workshop = {
  id: 'w1',
  title: 'Verkstad',
  organisation: 'Umeå kommun',
  date: '2026-11-30',
  createdAt: 1,
  updatedAt: 2,
};

describe('planInput', () => {
  it('resolves placements to the text of their models in the chosen language', () => {
    const input = planInput(
      workshop,
      [
        { modelId: 'open-data', position: { x: 0.2, y: 0.8 } },
        { modelId: 'procurement', position: { x: 0.9, y: 0.9 } },
      ],
      models,
      categories,
      'sv',
    );
    expect(input).toEqual({
      locale: 'sv',
      title: 'Verkstad',
      organisation: 'Umeå kommun',
      date: '2026-11-30',
      items: [
        {
          modelId: 'open-data',
          title: 'Öppna data',
          name: 'Öppna data om utsläpp',
          category: 'Grunder',
          why: 'Företag behöver veta.',
          how: [{ text: 'Publicera årligen.' }],
          risks: [],
          position: { x: 0.2, y: 0.8 },
        },
        {
          modelId: 'procurement',
          title: 'Ansvarsfull kommunal upphandling',
          name: 'Ansvarsfull kommunal upphandling',
          category: 'Marknadsstyrning',
          how: [{ text: 'Ställ krav.', subPoints: ['Till exempel på livsmedel.', 'Följ upp.'] }],
          risks: ['Små företag kan stängas ute.'],
          position: { x: 0.9, y: 0.9 },
        },
      ],
    });
  });

  it('uses English where written and Swedish where a translation is missing', () => {
    const input = planInput(
      workshop,
      [{ modelId: 'open-data', position: { x: 0.2, y: 0.8 } }],
      models,
      categories,
      'en',
    );
    expect(input.items[0]).toMatchObject({
      title: 'Open data',
      name: 'Open data on emissions',
      category: 'Foundations',
      how: [{ text: 'Publicera årligen.' }],
    });
  });

  it('keeps sub-points under their point, each in the chosen language or Swedish', () => {
    const input = planInput(
      workshop,
      [{ modelId: 'procurement', position: { x: 0.9, y: 0.9 } }],
      models,
      categories,
      'en',
    );
    expect(input.items[0]?.how).toEqual([
      { text: 'Set criteria.', subPoints: ['For example on food.', 'Följ upp.'] },
    ]);
  });

  it('skips placements of unknown models and clamps positions', () => {
    const input = planInput(
      workshop,
      [
        { modelId: 'removed-model', position: { x: 0.5, y: 0.5 } },
        { modelId: 'procurement', position: { x: 1.4, y: Number.NaN } },
      ],
      models,
      categories,
      'sv',
    );
    expect(input.items.map((item) => item.modelId)).toEqual(['procurement']);
    expect(input.items[0]?.position).toEqual({ x: 1, y: 0.5 });
  });

  it('copies only the workshop fields the plan needs', () => {
    const input = planInput(workshop, [], models, categories, 'sv');
    expect(Object.keys(input).sort()).toEqual(['date', 'items', 'locale', 'organisation', 'title']);
  });
});
