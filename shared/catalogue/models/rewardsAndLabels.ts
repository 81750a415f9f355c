import type { CatalogueModel } from '../types';

// "utdelare" and "utfärdare" name the same role, the municipality giving the label, diploma or
// award: English says "issuer" for both.
export const REWARDS_AND_LABELS_MODELS: readonly CatalogueModel[] = [
  {
    id: 'climate-label',
    category: 'rewards-and-labels',
    title: {
      sv: 'En ansvarsmärkning lanserad av kommunen',
      en: 'A responsibility label launched by the municipality',
    },
    name: {
      sv: 'En ansvarsmärkning lanserad av kommunen',
      en: 'A responsibility label launched by the municipality',
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen, som utdelare av märket, och information om företagens klimatarbete',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality, as the issuer of the label, and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Det regionala intresset för märket kommer att fastställas, kriterier och grunder för tilldelning av märket kommer att utarbetas, giltighetstiden kommer att definieras. Märkets existens kommer att kommuniceras aktivt.',
          en: "The regional interest in the label is assessed, criteria and grounds for awarding the label are drawn up, and the period of validity is defined. The label's existence is actively communicated.",
        },
      },
    ],
    examples: [
      { name: { sv: 'Seinäjoen Energia', en: 'Seinäjoen Energia' }, inFinnish: false },
      {
        name: { sv: 'Ijo kommun, Lokalt-märket', en: 'Municipality of Ii, the "Local" label' },
        inFinnish: true,
      },
      { name: { sv: 'Viksu Kuopio-symbolen', en: 'The Viksu Kuopio symbol' }, inFinnish: true },
    ],
    risks: [
      {
        sv: 'Kräver mycket resurser: utan kriterier och giltighetstid finns en mycket hög risk för grönmålning > dålig bild också av utdelaren',
        en: 'Requires a lot of resources: without criteria and a period of validity there is a very high risk of greenwashing → a poor image of the issuer as well',
      },
      {
        sv: 'Att göra märket känt och underhålla det kräver märkbar kommunikation',
        en: 'Making the label known and maintaining it requires considerable communication',
      },
      {
        // "ett nytt märke i bör" is the source's wording, kept verbatim.
        sv: 'Företagens intresse för ett nytt märke i bör beaktas i märkesdjungeln',
        en: "Companies' interest in a new label should be considered amid the jungle of labels",
      },
    ],
  },
  {
    id: 'diploma',
    category: 'rewards-and-labels',
    title: { sv: 'Tilldelning av diplom', en: 'Awarding diplomas' },
    name: { sv: 'Tilldelning av diplom', en: 'Awarding diplomas' },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen som utdelare och information om företagens klimatarbete',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality as the issuer and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Kriterier och tilldelningsgrunder kommer att fastställas.',
          en: 'Criteria and grounds for awarding are set.',
        },
      },
    ],
    // Both entries are whole sentences in the source; they say how the diploma is used.
    examples: [
      {
        name: {
          sv: 'Lahtis klimatpartnerskap-diplom kan användas som bevis på miljöansvar i marknadsföring och anbudsförfaranden',
          en: "Lahti's climate partnership diploma can be used as proof of environmental responsibility in marketing and tendering",
        },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Klimatpartnerskap Satakunta: I Satakunta får företaget hedersbetyget Hinku för klimatengagemang och rätten att använda Hinku-symbolen i sin kommunikation.',
          en: 'Climate partnership Satakunta: in Satakunta, the company receives the Hinku certificate of honour for climate commitment and the right to use the Hinku symbol in its communication.',
        },
        inFinnish: true,
      },
    ],
    risks: [
      {
        sv: 'Utan ordentliga kriterier ökar risken för grönmålning > dålig bild också av utfärdaren',
        en: 'Without proper criteria the risk of greenwashing increases → a poor image of the issuer as well',
      },
    ],
  },
  {
    id: 'annual-award',
    category: 'rewards-and-labels',
    title: {
      sv: 'En årlig utmärkelse som ges av kommunen',
      en: 'An annual award given by the municipality',
    },
    name: {
      sv: 'En årlig utmärkelse som ges av kommunen',
      en: 'An annual award given by the municipality',
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen som utdelare av priset och information om företagens klimatarbete',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality as the issuer of the award and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Utvärderingskriterier för tilldelningen av priset utarbetas, man kommunicerar om ämnet',
          en: 'Evaluation criteria for granting the award are drawn up, and there is communication on the subject',
        },
      },
    ],
    examples: [
      { name: { sv: 'Kervos miljöpris', en: "Kerava's environmental award" }, inFinnish: true },
      { name: { sv: 'Järvenpääs Järkevä-pris', en: "Järvenpää's Järkevä award" }, inFinnish: true },
      {
        name: { sv: 'Hyvinges energieffektivitetspris', en: "Hyvinkää's energy efficiency award" },
        inFinnish: true,
      },
    ],
    risks: [],
  },
];
