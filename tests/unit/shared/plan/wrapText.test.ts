import { describe, expect, it } from 'vitest';
import { fitLine, wrapClamped, wrapText } from '../../../../shared/plan/wrapText';

// One point per character makes expected lines easy to write down.
const measure = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('breaks between words without exceeding the width', () => {
    const lines = wrapText('Kommunen köper varor och tjänster varje år', measure, 16);
    expect(lines).toEqual(['Kommunen köper', 'varor och', 'tjänster varje', 'år']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(16);
  });

  it('keeps explicit newlines and blank lines', () => {
    expect(wrapText('Första\n\n\nAndra', measure, 20)).toEqual(['Första', '', '', 'Andra']);
  });

  it('cuts a word longer than the line and keeps every character', () => {
    const word = `Å${'x'.repeat(298)}Ö`;
    const lines = wrapText(`före ${word} efter`, measure, 40);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/ /g, '')).toBe(`före${word}efter`);
    expect(lines.length).toBeGreaterThanOrEqual(8);
  });

  it('never splits a surrogate pair and always makes progress on a too-narrow line', () => {
    const lines = wrapText('😀😀😀', measure, 0.5);
    expect(lines).toEqual(['😀', '😀', '😀']);
  });

  it('collapses runs of spaces', () => {
    expect(wrapText('a    b', measure, 10)).toEqual(['a b']);
  });
});

describe('fitLine and wrapClamped', () => {
  it('shortens with an ellipsis only when needed', () => {
    expect(fitLine('kort', measure, 10)).toBe('kort');
    const cut = fitLine('en mycket lång rubrik', measure, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(10);
  });

  it('keeps at most the given number of lines and marks the cut', () => {
    const lines = wrapClamped('ett två tre fyra fem sex sju åtta nio tio', measure, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapClamped('ett två', measure, 10, 2)).toEqual(['ett två']);
  });
});
