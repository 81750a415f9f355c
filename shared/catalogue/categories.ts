import type { Category } from './types';

/** The catalogue's eight themes, in the order the source page presents them. */
export const CATEGORIES: readonly Category[] = [
  {
    id: 'foundations',
    title: { sv: 'Kommunens grundläggande arbete', en: "The municipality's core work" },
  },
  {
    id: 'co-development',
    title: { sv: 'Utveckling av området tillsammans', en: 'Developing the area together' },
  },
  {
    id: 'market-guidance',
    title: { sv: 'Marknadsvägledning', en: 'Market guidance' },
  },
  {
    id: 'rewards-and-labels',
    title: { sv: 'Belöning och märken', en: 'Rewards and labels' },
  },
  {
    id: 'communication',
    title: { sv: 'Kommunikation', en: 'Communication' },
  },
  {
    id: 'bringing-together',
    title: { sv: 'Att slå ihop aktörer', en: 'Bringing actors together' },
  },
  {
    id: 'training-and-advice',
    title: { sv: 'Utbildning och rådgivning', en: 'Training and advice' },
  },
  {
    id: 'commitment',
    title: { sv: 'Engagemang', en: 'Commitment' },
  },
];
