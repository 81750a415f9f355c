import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PlanFonts, PlanInput, PlanItem } from '../../../../shared/plan/types';

const fontDir = fileURLToPath(new URL('../../../../resources/fonts/', import.meta.url));

/** The fonts the app ships, as bytes. */
export function loadFonts(): PlanFonts {
  return {
    regular: new Uint8Array(readFileSync(`${fontDir}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${fontDir}DejaVuSans-Bold.ttf`)),
  };
}

export const FONT_FILE_BYTES = readFileSync(`${fontDir}DejaVuSans.ttf`).length;

/** A fixed export moment at noon UTC, so the local date is the same in every time zone. */
export const NOW = new Date('2026-11-30T12:00:00Z');

function item(
  modelId: string,
  title: string,
  category: string,
  position: { x: number; y: number },
  why: string | undefined,
  how: string[],
  risks: string[] = [],
): PlanItem {
  const points = how.map((text) => ({ text }));
  return why === undefined
    ? { modelId, title, category, how: points, risks, position }
    : { modelId, title, category, why, how: points, risks, position };
}

/**
 * Eight models with real-looking Swedish text, two of them on the same spot and one on the
 * centre, given out of order: the PDF must rank them itself.
 */
export const SWEDISH_ITEMS: PlanItem[] = [
  item(
    'procurement',
    'Ansvarsfull kommunal upphandling',
    'Marknadsstyrning',
    { x: 0.78, y: 0.86 },
    'Kommunen köper varor och tjänster för stora belopp varje år. Klimatkrav i upphandlingen ' +
      'ger företagen ett tydligt skäl att minska sina utsläpp.',
    [
      'Ta fram gemensamma klimatkrav för de största upphandlingskategorierna: livsmedel, ' +
        'transporter, bygg och anläggning.',
      'Följ upp kraven under avtalstiden och redovisa resultatet för nämnderna en gång om året.',
    ],
    ['Kraven får inte bli så höga att små lokala företag inte kan lämna anbud.'],
  ),
  item(
    'open-data',
    'Öppna data',
    'Grunder',
    { x: 0.2, y: 0.75 },
    'Företag behöver veta var utsläppen uppstår i kommunen för att kunna prioritera sina egna ' +
      'åtgärder.',
    ['Publicera kommunens klimatdata i öppna, maskinläsbara format och uppdatera dem årligen.'],
  ),
  item(
    'climate-advice',
    'Klimatrådgivning för små företag',
    'Utbildning och rådgivning',
    { x: 0.35, y: 0.62 },
    'Små företag saknar ofta tid och kunskap för att räkna på sina utsläpp.',
    [
      'Erbjud kostnadsfri rådgivning i samarbete med energi- och klimatrådgivningen.',
      'Samla goda exempel från ortens företag och sprid dem i nyhetsbrev och på frukostmöten.',
    ],
  ),
  item(
    'climate-network',
    'Lokalt klimatnätverk för näringslivet',
    'Sammanföra',
    { x: 0.35, y: 0.62 },
    'Företag lär sig snabbast av varandra. Ett nätverk gör det lätt att dela erfarenheter.',
    ['Bjud in till fyra träffar om året med ett tema per träff och ett företag som värd.'],
    ['Nätverket dör ut om ingen ansvarar för det: utse en samordnare med tid avsatt.'],
  ),
  item(
    'climate-commitment',
    'Klimatlöfte för företag',
    'Åtaganden',
    { x: 0.5, y: 0.5 },
    undefined,
    ['Låt företag välja tre konkreta åtgärder ur en lista och rapportera efter ett år.'],
    [
      'Risk för grönmålning: löften som inte följs upp kan användas i marknadsföring utan att ' +
        'något har hänt.',
      'Kräver resurser för uppföljning och återkoppling till varje företag.',
    ],
  ),
  item(
    'climate-award',
    'Klimatpris till årets företag',
    'Belöningar och märkningar',
    { x: 0.28, y: 0.22 },
    'Ett pris synliggör företag som gått före och inspirerar andra.',
    ['Dela ut priset på näringslivsgalan med en jury från kommunen och näringslivet.'],
  ),
  item(
    'co-development',
    'Samutveckling av fossilfria transporter',
    'Samutveckling',
    { x: 0.82, y: 0.3 },
    'Godstransporterna är en stor utsläppskälla som ingen aktör kan lösa ensam.',
    [
      'Starta ett gemensamt projekt med åkerier, handeln och regionen för laddning och ' +
        'biogas längs de viktigaste stråken.',
    ],
    ['Projektet kräver långsiktig finansiering och tydligt ägarskap.'],
  ),
  item(
    'communication',
    'Kampanj om hållbara affärsresor',
    'Kommunikation',
    { x: 0.65, y: 0.12 },
    'Många företag vet inte hur mycket resorna väger i deras klimatavtryck.',
    ['Ta fram en kampanj med räkneexempel och tips om digitala möten och tåg.'],
  ),
];

export function swedishPlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    locale: 'sv',
    title: 'Klimatverkstad Växjö 2026',
    organisation: 'Växjö kommun, näringslivsavdelningen',
    date: '2026-11-30',
    items: SWEDISH_ITEMS,
    ...overrides,
  };
}

export type TextItem = {
  str: string;
  width: number;
  height: number;
  transform: number[];
};

export type ReadPdf = {
  pageCount: number;
  pages: { width: number; height: number; items: TextItem[]; text: string }[];
  info: Record<string, unknown>;
};

/** Reads a PDF back with pdf.js: page sizes, positioned text items and joined text per page. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((entry) =>
      'str' in entry
        ? [{ str: entry.str, width: entry.width, height: entry.height, transform: entry.transform }]
        : [],
    );
    pages.push({ width, height, items, text: items.map((entry) => entry.str).join(' ') });
  }
  const metadata = await doc.getMetadata();
  const info = metadata.info as Record<string, unknown>;
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pageCount, pages, info };
}

/** The four corners of a text item's box, following its rotation. */
export function corners(item: TextItem): { x: number; y: number }[] {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const along = Math.hypot(a, b) || 1;
  const up = Math.hypot(c, d) || 1;
  const u = { x: a / along, y: b / along };
  const v = { x: c / up, y: d / up };
  const w = item.width;
  const h = item.height;
  return [
    { x, y },
    { x: x + u.x * w, y: y + u.y * w },
    { x: x + v.x * h, y: y + v.y * h },
    { x: x + u.x * w + v.x * h, y: y + u.y * w + v.y * h },
  ];
}
