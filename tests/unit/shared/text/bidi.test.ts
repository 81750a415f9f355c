import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/plan/wrapText';
import {
  bidiRuns,
  paragraphDirection,
  reverseGraphemes,
  visualOrder,
} from '../../../../shared/text/bidi';

const reversed = (text: string) => Array.from(text).reverse().join('');
const ORGANISATION = 'بلدية مالمو kommun';
const ARABIC = 'بلدية مالمو';

describe('paragraphDirection', () => {
  it('follows the first strong character, as dir="auto" does', () => {
    expect(paragraphDirection(ORGANISATION)).toBe('rtl');
    expect(paragraphDirection('Malmö stad بلدية مالمو')).toBe('ltr');
    expect(paragraphDirection('2026: שלום')).toBe('rtl');
    expect(paragraphDirection('\u200Fkommun')).toBe('rtl');
  });

  it('is left to right without any strong character', () => {
    expect(paragraphDirection('')).toBe('ltr');
    expect(paragraphDirection('2026 – 2030 (!)')).toBe('ltr');
  });
});

describe('visual order of one line', () => {
  it('reverses the Arabic run of a mixed line and keeps the Latin word, on its left', () => {
    const visual = visualOrder(ORGANISATION);
    expect(visual).toBe(`kommun ${reversed(ARABIC)}`);
    expect(visual).not.toContain('nummok');
    expect(bidiRuns(ORGANISATION)).toEqual([
      { text: 'kommun', rtl: false },
      { text: `${ARABIC} `, rtl: true },
    ]);
  });

  it('keeps a left-to-right paragraph with a right-to-left word in reading order', () => {
    expect(visualOrder('Arabiska مرحبا och hebreiska שלום')).toBe(
      `Arabiska ${reversed('مرحبا')} och hebreiska ${reversed('שלום')}`,
    );
  });

  it('reverses a purely right-to-left line and leaves a left-to-right one as it is', () => {
    expect(visualOrder('שלום עולם')).toBe('םלוע םולש');
    expect(visualOrder('Växjö kommun, näringslivsavdelningen')).toBe(
      'Växjö kommun, näringslivsavdelningen',
    );
    expect(bidiRuns('Växjö kommun')).toEqual([{ text: 'Växjö kommun', rtl: false }]);
  });

  it('keeps digits inside right-to-left text in their own order', () => {
    expect(visualOrder('מחיר 123 ש״ח')).toBe('ח״ש 123 ריחמ');
    expect(visualOrder('عام 2026')).toBe(`2026 ${reversed('عام')}`);
  });

  it('mirrors brackets in right-to-left runs', () => {
    expect(visualOrder('שלום (עולם)')).toBe('(םלוע) םולש');
    expect(bidiRuns('שלום (עולם)')).toEqual([{ text: 'שלום )עולם(', rtl: true }]);
  });

  it('gives nothing for an empty line', () => {
    expect(bidiRuns('')).toEqual([]);
    expect(visualOrder('')).toBe('');
  });

  it('lays out every line of a right-to-left paragraph right to left, even one starting in Latin', () => {
    expect(visualOrder('kommun שלום', 'rtl')).toBe('םולש kommun');
    expect(visualOrder('kommun שלום')).toBe('kommun םולש');
  });

  it('never splits an emoji or a letter from its accents', () => {
    expect(visualOrder('שלום 👨‍👩‍👧 עולם')).toBe('םלוע 👨‍👩‍👧 םולש');
    expect(visualOrder('abc 😀 שלום 😀 x')).toBe(`abc 😀 ${reversed('שלום')} 😀 x`);
    expect(reverseGraphemes('שָׁלוֹם')).toBe(['ם', 'וֹ', 'ל', 'שָׁ'].join(''));
  });
});

describe('wrapping before reordering', () => {
  // One point per character.
  const measure = (text: string) => Array.from(text).length;

  it('breaks in typed order, then reorders each line with the paragraph direction', () => {
    const direction = paragraphDirection(ORGANISATION);
    const lines = wrapText(ORGANISATION, measure, 12);
    expect(lines).toEqual([ARABIC, 'kommun']);
    expect(lines.map((line) => visualOrder(line, direction))).toEqual([reversed(ARABIC), 'kommun']);
  });
});
