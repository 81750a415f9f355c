import type { CatalogueModel } from '../types';

// The source gives this category no "Var" column, so none of these models has examples.
export const FOUNDATIONS_MODELS: readonly CatalogueModel[] = [
  {
    id: 'land-use-and-planning',
    category: 'foundations',
    // Transport and energy are half of the model's scope: the short title keeps them.
    title: {
      sv: 'Markanvändning, planläggning, transport och energi',
      fi: 'Maankäyttö, kaavoitus, liikenne ja energia',
      en: 'Land use, planning, transport and energy',
    },
    name: {
      sv: 'Markanvändning, planläggning, transportförbindelser och energilösningar',
      fi: 'Maankäyttö, kaavoitus, liikenneyhteydet ja energiaratkaisut',
      en: 'Land use, planning, transport connections and energy solutions',
    },
    why: {
      sv: 'Kommunen skapar grunden för att genomföra en så hållbar företagsverksamhet som möjligt',
      fi: 'Kunta luo pohjan mahdollisimman kestävälle yritystoiminnalle',
      en: 'The municipality lays the foundation for business to be run as sustainably as possible',
    },
    how: [
      {
        text: {
          sv: 'Som en del av kommunens strategiska program. Modifiera hållbara strukturer med till exempel energilösningar, infrastruktur och marköverföringsvillkor.',
          fi: 'Osana kunnan strategista ohjelmaa. Muokataan kestäviä rakenteita esimerkiksi energiaratkaisuilla, infrastruktuurilla ja tontinluovutusehdoilla.',
          en: "As part of the municipality's strategic programme. Shape sustainable structures with, for example, energy solutions, infrastructure and the terms of land transfers.",
        },
      },
      {
        text: {
          sv: 'Öka klimatkompetensen i kommunen och reagera i tid.',
          fi: 'Lisätään kunnan ilmasto-osaamista ja reagoidaan ajoissa.',
          en: 'Build climate competence in the municipality and respond in good time.',
        },
      },
    ],
    examples: [],
    risks: [],
  },
  {
    id: 'regulatory-and-permit-work',
    category: 'foundations',
    title: {
      sv: 'Myndighets- och tillståndsverksamhet',
      fi: 'Viranomais- ja lupatoiminta',
      en: 'Regulatory and permit work',
    },
    name: {
      sv: 'Myndighets- och tillståndsverksamhet',
      fi: 'Viranomais- ja lupatoiminta',
      en: 'Regulatory and permit work',
    },
    why: {
      sv: 'Klimathänsyn/-påverkan beaktas i tillstånd och beslut',
      fi: 'Ilmastonäkökulma/-vaikutukset otetaan huomioon luvissa ja päätöksissä',
      en: 'Climate considerations/impacts are taken into account in permits and decisions',
    },
    how: [
      {
        text: {
          sv: 'Klimatet beaktas till exempel i miljöskyddsbestämmelser, energieffektivitetskrav och lättnader ges för installation av förnybar energi.',
          fi: 'Ilmasto otetaan huomioon esimerkiksi ympäristönsuojelumääräyksissä ja energiatehokkuusvaatimuksissa, ja uusiutuvan energian asentamista helpotetaan.',
          en: 'The climate is taken into account, for example, in environmental protection regulations and energy efficiency requirements, and permit requirements are eased for installing renewable energy.',
        },
      },
      {
        text: {
          sv: 'Öka klimatkompetensen i kommunen.',
          fi: 'Lisätään kunnan ilmasto-osaamista.',
          en: 'Build climate competence in the municipality.',
        },
      },
    ],
    examples: [],
    risks: [],
  },
  {
    id: 'climate-competence-in-own-organisation',
    category: 'foundations',
    title: {
      sv: 'Öka klimatkompetensen i din egen organisation',
      fi: 'Ilmasto-osaamisen lisääminen omassa organisaatiossa',
      en: 'Build climate competence in your own organisation',
    },
    name: {
      sv: 'Öka klimatkompetensen i din egen organisation',
      fi: 'Ilmasto-osaamisen lisääminen omassa organisaatiossa',
      en: 'Build climate competence in your own organisation',
    },
    why: {
      sv: 'Bättre riktlinjer för att stödja företagens klimatarbete',
      fi: 'Paremmat linjaukset yritysten ilmastotyön tueksi',
      en: "Better guidelines for supporting companies' climate work",
    },
    how: [
      {
        text: {
          sv: 'Ordna utbildning för personal och politiskt ledarskap. Öka klimatkompetens och ansvarsfull affärsverksamhetsförståelse.',
          fi: 'Järjestetään koulutusta henkilöstölle ja poliittiselle johdolle. Lisätään ilmasto-osaamista ja vastuullisen liiketoiminnan ymmärrystä.',
          en: 'Arrange training for staff and the political leadership. Build climate competence and an understanding of responsible business.',
        },
      },
    ],
    examples: [],
    risks: [],
  },
];
