import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isWindowsReservedName,
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  sanitizeFileStem,
  utf8Length,
} from '../../../../shared/io/fileName';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Separators, Windows-forbidden characters and C0 controls.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[/\\:*?"<>|\u0000-\u001f]/;
const bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

describe('sanitizeFileName', () => {
  it.each([
    ['Handlingsplan 2025', 'Handlingsplan 2025.pdf'],
    ['Åtgärdsplan – Kärsämäki', 'Åtgärdsplan – Kärsämäki.pdf'],
    ['plan.pdf', 'plan.pdf'],
    ['PLAN.PDF', 'PLAN.pdf'],
    ['plan.pdf.pdf', 'plan.pdf.pdf'],
    ['name...', 'name.pdf'],
    ['name. . ', 'name.pdf'],
    ['  spaced   out  ', 'spaced out.pdf'],
    ['\u0000evil\u001f\u007f', 'evil.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.pdf'],
    ['CON', '_CON.pdf'],
    ['con.pdf', '_con.pdf'],
    ['LPT1.txt', '_LPT1.txt.pdf'],
    ['nul ', '_nul.pdf'],
    ['console', 'console.pdf'],
    ['', 'plan.pdf'],
    ['...', 'plan.pdf'],
    ['////', 'plan.pdf'],
    ['.pdf', 'plan.pdf'],
    ['\u202E', 'plan.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps long names under the byte limit without splitting characters', () => {
    for (const input of [
      'a'.repeat(500),
      'å'.repeat(500),
      '😀'.repeat(300),
      `${'x'.repeat(176)}.....`,
    ]) {
      const name = sanitizeFileName(input);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name.endsWith('.pdf')).toBe(true);
      expect(name).not.toMatch(LONE_SURROGATE);
      expect(name).not.toMatch(/[. ]\.pdf$/);
    }
  });

  it('never yields a directory part, control characters, a hidden file or a device name', () => {
    const hostile = [
      '../../etc/passwd',
      '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
      'C:\\Users\\Public\\evil',
      '/absolute/path',
      '\\\\server\\share\\x',
      '..',
      '.bashrc',
      'CON.tar.gz',
      'com1',
      'AUX .txt',
      'a\u0000b',
      'a\nb\r\tc',
      'file:///etc/passwd',
    ];
    for (const input of hostile) {
      const name = sanitizeFileName(input);
      expect(basename(name), input).toBe(name);
      expect(name, input).not.toMatch(FORBIDDEN_IN_NAME);
      expect(name.startsWith('.'), input).toBe(false);
      expect(isWindowsReservedName(name), input).toBe(false);
      expect(name.endsWith('.pdf'), input).toBe(true);
    }
  });
});

describe('sanitizeFileStem', () => {
  it.each([
    ['Klimatråd Åbo – höst', 'Klimatråd Åbo – höst'],
    ['  a/b\\c  ', 'a-b-c'],
    ['..\u202Ehidden. ', 'hidden'],
    ['CON', '_CON'],
    ['plan.pdf', 'plan.pdf'],
    ['', 'Handlingsplan'],
    ['\u0000 ... ', 'Handlingsplan'],
    ['//', 'Handlingsplan'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileStem(input, MAX_FILE_NAME_BYTES, 'Handlingsplan')).toBe(expected);
  });

  it('fits the byte budget it is given, cutting whole characters', () => {
    for (const input of ['å'.repeat(100), '😀'.repeat(100), `${'x'.repeat(19)} yz`]) {
      const stem = sanitizeFileStem(input, 20, 'plan');
      expect(utf8Length(stem), input).toBeLessThanOrEqual(20);
      expect(stem.length, input).toBeGreaterThan(0);
      expect(stem, input).not.toMatch(LONE_SURROGATE);
      expect(stem, input).not.toMatch(/[. ]$/);
    }
  });
});

describe('utf8Length', () => {
  it('counts bytes, not UTF-16 units', () => {
    expect(utf8Length('plan')).toBe(4);
    expect(utf8Length('å')).toBe(2);
    expect(utf8Length('–')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('isWindowsReservedName', () => {
  it('recognises device names with or without an extension', () => {
    for (const name of ['CON', 'prn', 'Aux.txt', 'NUL.tar.gz', 'COM1', 'lpt9.pdf', 'COM¹']) {
      expect(isWindowsReservedName(name), name).toBe(true);
    }
    for (const name of ['CONSOLE', 'auxiliary.pdf', 'nul-plan', 'COM10', 'plan']) {
      expect(isWindowsReservedName(name), name).toBe(false);
    }
  });
});

describe('file names from hostile titles', () => {
  const FAMILY = '👨‍👩‍👧‍👦';

  it('drops lone surrogates, alone or inside a title', () => {
    expect(sanitizeFileName('\uD83D')).toBe('plan.pdf');
    expect(sanitizeFileName('Klimat\uD83D råd\uDE00')).toBe('Klimat råd.pdf');
    expect(sanitizeFileStem('\uDE00', 50, 'Handlingsplan')).toBe('Handlingsplan');
  });

  it('keeps an emoji, a flag or a family emoji at the cut whole', () => {
    for (let budget = 4; budget <= 40; budget++) {
      for (const input of [`x${'😀'.repeat(20)}`, `ab${'🇸🇪'.repeat(10)}`, `a${FAMILY.repeat(3)}`]) {
        const stem = sanitizeFileStem(input, budget, 'plan');
        expect(utf8Length(stem), `${input} ${budget}`).toBeLessThanOrEqual(budget);
        expect(stem, `${input} ${budget}`).not.toMatch(LONE_SURROGATE);
        // Whole clusters only: what is kept is a start of the input, cluster by cluster.
        expect(input.startsWith(stem), `${input} ${budget}`).toBe(true);
        const rest = input.slice(stem.length);
        expect(rest.startsWith('\u200D') || rest.startsWith('\uDC00'), input).toBe(false);
      }
    }
    expect(sanitizeFileStem(`a${FAMILY}`, 20, 'plan')).toBe('a');
    expect(sanitizeFileStem(`ab🇸🇪`, 9, 'plan')).toBe('ab');
  });

  it('makes a sensible name of markup, a right-to-left word and emoji', () => {
    expect(sanitizeFileName('<b>Klimat</b> <script>alert(1)</script> שלום 🌍')).toBe(
      'b-Klimat-b- -script-alert(1)-script- שלום 🌍.pdf',
    );
    expect(sanitizeFileName('-rf --no-preserve-root')).toBe('rf --no-preserve-root.pdf');
    expect(sanitizeFileName('<<>>')).toBe('plan.pdf');
  });

  it('defuses a device name that only the cut leaves', () => {
    // The huge second "character" (a letter buried in accents) does not fit the budget.
    const stem = sanitizeFileStem(`NUL e${'\u0301'.repeat(100)}`, 40, 'plan');
    expect(stem).toBe('_NUL');
    expect(isWindowsReservedName(stem)).toBe(false);
  });

  it('names the file of a 200-character hostile title within the byte limit', () => {
    const title = `\u202E<i>${'Å'.repeat(120)}</i>\u0000 עברית ${'😀'.repeat(60)}\uD83D`;
    const name = sanitizeFileName(`${sanitizeFileStem(title, 160, 'Handlingsplan')} 2026-11-30`);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^i-Å+ 2026-11-30\.pdf$/);
    expect(name).not.toMatch(LONE_SURROGATE);
    expect(name).not.toMatch(FORBIDDEN_IN_NAME);
  });
});
