import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { REPLACEMENT } from '../../../../shared/plan/safeText';
import { MARGIN, PAGE } from '../../../../shared/plan/theme';
import type { PlanItem } from '../../../../shared/plan/types';
import {
  corners,
  loadFonts,
  NOW,
  readPdf,
  swedishPlan,
  SWEDISH_ITEMS,
  type ReadPdf,
} from './fixtures';

const MARKER = 'Klimatmarkör';
const SENTENCE = `Kommunen erbjuder ${MARKER} stöd åt företagen i hela länet och följer upp. `;
const SENTENCES = Math.ceil(20_000 / SENTENCE.length);
/** 20,000+ characters with blank lines every 40 sentences. */
const LONG_TEXT = Array.from({ length: SENTENCES }, (_, index) =>
  index % 40 === 39 ? `${SENTENCE}\n\n\n` : SENTENCE,
).join('');
const LONG_WORD = `Å${'abcdefghij'.repeat(29)}xyzxyzxyÖ`;

const hostile: PlanItem = {
  modelId: 'hostile',
  title: 'Emoji 🌍🔥👨‍👩‍👧 Привет мир ⵜⴰⵎⴰⵣⵉⵖⵜ\u0007 \u202Egnissorc\u202C – “citat”',
  category: 'Kategori\nmed radbrytning\u0000',
  why: LONG_TEXT,
  how: [{ text: LONG_WORD }, { text: 'Rad ett\n\n\nRad efter tre tomma\r\nWindows-rad\tmed tabb' }],
  risks: ['\uD800 ensamt surrogat', 'Arabiska مرحبا och hebreiska שלום', 'Kinesiska 漢字 ', ''],
  position: { x: 0.1, y: 0.9 },
};

let normal: ReadPdf;
let pdf: ReadPdf;

beforeAll(async () => {
  const fonts = loadFonts();
  normal = await readPdf(await buildPlanPdf(swedishPlan(), fonts, { now: NOW }));
  const input = swedishPlan({
    title: `Verkstad ${'med en mycket lång titel '.repeat(40)}slut`,
    organisation: 'Kommun\u0000\nmed\tkontrolltecken 🏛️',
    items: [...SWEDISH_ITEMS, hostile],
  });
  pdf = await readPdf(await buildPlanPdf(input, fonts, { now: NOW }));
});

describe('hostile text', () => {
  it('exports, adding as many pages as the text needs', () => {
    expect(LONG_TEXT.length).toBeGreaterThanOrEqual(20_000);
    expect(LONG_WORD).toHaveLength(300);
    expect(pdf.pageCount).toBeGreaterThan(normal.pageCount + 3);
  });

  it('keeps every text item inside the page margins', () => {
    const left = MARGIN.left - 1;
    const right = PAGE.width - MARGIN.right + 1;
    const bottom = MARGIN.bottom - 1;
    const top = PAGE.height - MARGIN.top + 1;
    let checked = 0;
    pdf.pages.forEach((page, index) => {
      for (const item of page.items) {
        if (item.str.trim() === '') continue;
        for (const corner of corners(item)) {
          const where = `page ${index + 1}: "${item.str.slice(0, 40)}" at ${corner.x},${corner.y}`;
          expect(corner.x, where).toBeGreaterThanOrEqual(left);
          expect(corner.x, where).toBeLessThanOrEqual(right);
          expect(corner.y, where).toBeGreaterThanOrEqual(bottom);
          expect(corner.y, where).toBeLessThanOrEqual(top);
        }
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(400);
  });

  it('loses none of the long paragraph and none of the long word', () => {
    const all = pdf.pages.map((page) => page.text).join(' ');
    expect(all.split(MARKER).length - 1).toBe(SENTENCES);
    const joined = pdf.pages.map((page) => page.items.map((item) => item.str).join('')).join('');
    expect(joined).toContain(LONG_WORD);
    expect(all).toContain('Rad efter tre tomma');
    expect(all).toContain('Windows-rad med tabb');
  });

  it('keeps what the font can draw and visibly replaces the rest', () => {
    const all = pdf.pages.map((page) => page.text).join(' ');
    expect(all).toContain('Привет мир');
    expect(all).toContain(REPLACEMENT);
    expect(all).not.toContain('🌍');
    expect(all).not.toContain('ⵜ');
    expect(all).toContain('“citat”');
    const controls = Array.from(all).filter((char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      return (codePoint < 0x20 && char !== '\n') || (codePoint >= 0x7f && codePoint <= 0x9f);
    });
    expect(controls).toEqual([]);
  });

  it('shortens the long workshop title in footers to one line', () => {
    const footer = pdf.pages[1]?.items.filter((item) => item.str.startsWith('Verkstad med'));
    expect(footer?.length).toBeGreaterThan(0);
    expect(footer?.some((item) => item.str.endsWith('…'))).toBe(true);
    expect(pdf.pages[1]?.text).toContain(`Sida 2 av ${pdf.pageCount}`);
  });
});
