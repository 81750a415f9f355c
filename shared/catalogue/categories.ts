import type { Category } from './types';

/** The catalogue's eight themes, in the order the source page presents them. */
export const CATEGORIES: readonly Category[] = [
  {
    id: 'foundations',
    title: {
      sv: 'Kommunens grundläggande arbete',
      fi: 'Kunnan perustekeminen',
      en: "The municipality's core work",
    },
  },
  {
    id: 'co-development',
    title: {
      sv: 'Utveckling av området tillsammans',
      fi: 'Alueen kehittäminen yhdessä',
      en: 'Developing the area together',
    },
  },
  {
    id: 'market-guidance',
    title: { sv: 'Marknadsvägledning', fi: 'Markkinaohjaus', en: 'Market guidance' },
  },
  {
    id: 'rewards-and-labels',
    title: { sv: 'Belöning och märken', fi: 'Palkitseminen ja merkit', en: 'Rewards and labels' },
  },
  {
    id: 'communication',
    title: { sv: 'Kommunikation', fi: 'Viestintä', en: 'Communication' },
  },
  {
    id: 'bringing-together',
    title: {
      sv: 'Att slå ihop aktörer',
      fi: 'Toimijoiden yhteen saattaminen',
      en: 'Bringing actors together',
    },
  },
  {
    id: 'training-and-advice',
    title: {
      sv: 'Utbildning och rådgivning',
      fi: 'Koulutus ja neuvonta',
      en: 'Training and advice',
    },
  },
  {
    id: 'commitment',
    title: { sv: 'Engagemang', fi: 'Sitouttaminen', en: 'Commitment' },
  },
];
