import type { CatalogueModel } from '../types';

// "utdelare" and "utfärdare" name the same role, the municipality giving the label, diploma or
// award: English says "issuer" for both, Finnish "myöntäjä".
export const REWARDS_AND_LABELS_MODELS: readonly CatalogueModel[] = [
  {
    id: 'climate-label',
    category: 'rewards-and-labels',
    title: {
      sv: 'En ansvarsmärkning lanserad av kommunen',
      fi: 'Kunnan lanseeraama vastuullisuusmerkki',
      en: 'A responsibility label launched by the municipality',
    },
    name: {
      sv: 'En ansvarsmärkning lanserad av kommunen',
      fi: 'Kunnan lanseeraama vastuullisuusmerkki',
      en: 'A responsibility label launched by the municipality',
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen, som utdelare av märket, och information om företagens klimatarbete',
      fi: 'Viestintä- ja brändiarvoa sekä kilpailuetua yrityksille. Näkyvyyttä kunnalle merkin myöntäjänä ja tietoa yritysten ilmastotyöstä',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality, as the issuer of the label, and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Det regionala intresset för märket kommer att fastställas, kriterier och grunder för tilldelning av märket kommer att utarbetas, giltighetstiden kommer att definieras. Märkets existens kommer att kommuniceras aktivt.',
          fi: 'Selvitetään alueen kiinnostus merkkiin, laaditaan merkin myöntämisen kriteerit ja perusteet ja määritellään voimassaoloaika. Merkin olemassaolosta viestitään aktiivisesti.',
          en: "The regional interest in the label is assessed, criteria and grounds for awarding the label are drawn up, and the period of validity is defined. The label's existence is actively communicated.",
        },
      },
    ],
    examples: [
      {
        name: { sv: 'Seinäjoen Energia', fi: 'Seinäjoen Energia', en: 'Seinäjoen Energia' },
        inFinnish: false,
      },
      {
        // The source gives the label's name only in Swedish: Finnish describes the label rather
        // than guess at its Finnish name.
        name: {
          sv: 'Ijo kommun, Lokalt-märket',
          fi: 'Iin kunnan paikallisuusmerkki',
          en: 'Municipality of Ii, the "Local" label',
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Viksu Kuopio-symbolen',
          fi: 'Viksu Kuopio -tunnus',
          en: 'The Viksu Kuopio symbol',
        },
        inFinnish: true,
      },
    ],
    risks: [
      {
        sv: 'Kräver mycket resurser: utan kriterier och giltighetstid finns en mycket hög risk för grönmålning > dålig bild också av utdelaren',
        fi: 'Vaatii paljon resursseja: ilman kriteerejä ja voimassaoloaikaa viherpesun riski on erittäin suuri → huono kuva myös myöntäjästä',
        en: 'Requires a lot of resources: without criteria and a period of validity there is a very high risk of greenwashing → a poor image of the issuer as well',
      },
      {
        sv: 'Att göra märket känt och underhålla det kräver märkbar kommunikation',
        fi: 'Merkin tunnetuksi tekeminen ja ylläpito vaativat huomattavaa viestintää',
        en: 'Making the label known and maintaining it requires considerable communication',
      },
      {
        // "ett nytt märke i bör" is the source's wording, kept verbatim.
        sv: 'Företagens intresse för ett nytt märke i bör beaktas i märkesdjungeln',
        fi: 'Yritysten kiinnostus uuteen merkkiin on syytä arvioida merkkiviidakossa',
        en: "Companies' interest in a new label should be considered amid the jungle of labels",
      },
    ],
  },
  {
    id: 'diploma',
    category: 'rewards-and-labels',
    title: { sv: 'Tilldelning av diplom', fi: 'Diplomien myöntäminen', en: 'Awarding diplomas' },
    name: { sv: 'Tilldelning av diplom', fi: 'Diplomien myöntäminen', en: 'Awarding diplomas' },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen som utdelare och information om företagens klimatarbete',
      fi: 'Viestintä- ja brändiarvoa sekä kilpailuetua yrityksille. Näkyvyyttä kunnalle myöntäjänä ja tietoa yritysten ilmastotyöstä',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality as the issuer and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Kriterier och tilldelningsgrunder kommer att fastställas.',
          fi: 'Määritellään kriteerit ja myöntämisperusteet.',
          en: 'Criteria and grounds for awarding are set.',
        },
      },
    ],
    // Both entries are whole sentences in the source; they say how the diploma is used.
    examples: [
      {
        name: {
          sv: 'Lahtis klimatpartnerskap-diplom kan användas som bevis på miljöansvar i marknadsföring och anbudsförfaranden',
          fi: 'Lahden ilmastokumppanuusdiplomia voi käyttää ympäristövastuun osoituksena markkinoinnissa ja tarjouskilpailuissa',
          en: "Lahti's climate partnership diploma can be used as proof of environmental responsibility in marketing and tendering",
        },
        inFinnish: false,
      },
      {
        name: {
          sv: 'Klimatpartnerskap Satakunta: I Satakunta får företaget hedersbetyget Hinku för klimatengagemang och rätten att använda Hinku-symbolen i sin kommunikation.',
          fi: 'Ilmastokumppanuus Satakunta: Satakunnassa yritys saa ilmastositoutumisesta Hinku-kunniamaininnan ja oikeuden käyttää Hinku-tunnusta viestinnässään.',
          en: 'Climate partnership Satakunta: in Satakunta, the company receives the Hinku certificate of honour for climate commitment and the right to use the Hinku symbol in its communication.',
        },
        inFinnish: true,
      },
    ],
    risks: [
      {
        sv: 'Utan ordentliga kriterier ökar risken för grönmålning > dålig bild också av utfärdaren',
        fi: 'Ilman kunnollisia kriteerejä viherpesun riski kasvaa → huono kuva myös myöntäjästä',
        en: 'Without proper criteria the risk of greenwashing increases → a poor image of the issuer as well',
      },
    ],
  },
  {
    id: 'annual-award',
    category: 'rewards-and-labels',
    title: {
      sv: 'En årlig utmärkelse som ges av kommunen',
      fi: 'Kunnan myöntämä vuosittainen palkinto',
      en: 'An annual award given by the municipality',
    },
    name: {
      sv: 'En årlig utmärkelse som ges av kommunen',
      fi: 'Kunnan myöntämä vuosittainen palkinto',
      en: 'An annual award given by the municipality',
    },
    why: {
      sv: 'Kommunikations- och varumärkesvärde samt konkurrensfördelar för företag. Synlighet till kommunen som utdelare av priset och information om företagens klimatarbete',
      fi: 'Viestintä- ja brändiarvoa sekä kilpailuetua yrityksille. Näkyvyyttä kunnalle palkinnon myöntäjänä ja tietoa yritysten ilmastotyöstä',
      en: "Communication and brand value as well as competitive advantages for companies. Visibility for the municipality as the issuer of the award and information on companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Utvärderingskriterier för tilldelningen av priset utarbetas, man kommunicerar om ämnet',
          fi: 'Laaditaan palkinnon myöntämisen arviointikriteerit, ja aiheesta viestitään',
          en: 'Evaluation criteria for granting the award are drawn up, and there is communication on the subject',
        },
      },
    ],
    examples: [
      {
        name: {
          sv: 'Kervos miljöpris',
          fi: 'Keravan ympäristöpalkinto',
          en: "Kerava's environmental award",
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Järvenpääs Järkevä-pris',
          fi: 'Järvenpään Järkevä-palkinto',
          en: "Järvenpää's Järkevä award",
        },
        inFinnish: true,
      },
      {
        name: {
          sv: 'Hyvinges energieffektivitetspris',
          fi: 'Hyvinkään energiatehokkuuspalkinto',
          en: "Hyvinkää's energy efficiency award",
        },
        inFinnish: true,
      },
    ],
    risks: [],
  },
];
