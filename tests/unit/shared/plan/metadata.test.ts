import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PLAN_LABELS } from '../../../../shared/i18n/plan';
import { setPlanMetadata } from '../../../../shared/plan/metadata';
import { safeMetadata } from '../../../../shared/plan/safeText';
import { NOW, swedishPlan } from './fixtures';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FAMILY = '👨‍👩‍👧'; // a ZWJ sequence

/** Title and author as a reader of the saved file finds them. */
async function metadataOf(title: string, organisation: string) {
  const doc = await PDFDocument.create();
  setPlanMetadata(doc, swedishPlan({ title, organisation }), PLAN_LABELS.sv, NOW);
  doc.addPage();
  const saved = await PDFDocument.load(await doc.save(), { updateMetadata: false });
  return { title: saved.getTitle(), author: saved.getAuthor() };
}

describe('safeMetadata', () => {
  it('drops a lone surrogate, alone or inside text', () => {
    expect(safeMetadata('\uD83D')).toBe('');
    expect(safeMetadata('Klimat\uD83D råd\uDE00')).toBe('Klimat råd');
  });

  it('keeps an emoji at the cut whole', () => {
    const cut = safeMetadata(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}😀…`);
    expect(safeMetadata(`${'a'.repeat(9)}😀😀`, 10)).toBe(`${'a'.repeat(9)}…`);
    for (let max = 2; max < 40; max++) {
      const text = safeMetadata(`x${'🌍'.repeat(30)}${FAMILY}`, max);
      expect(text, String(max)).not.toMatch(LONE_SURROGATE);
      expect(Array.from(text).length, String(max)).toBeLessThanOrEqual(max);
    }
  });

  it('removes bidi overrides but keeps right-to-left words and markup as text', () => {
    expect(safeMetadata('<b>Plan</b>\u202E fdp.exe שלום')).toBe('<b>Plan</b> fdp.exe שלום');
  });
});

describe('setPlanMetadata', () => {
  it('writes no lone surrogate into the title or author of the file', async () => {
    const { title, author } = await metadataOf('\uD83D', 'Vanda\uDE00 stad');
    expect(title).toBe('Handlingsplan');
    expect(author).toBe('Vanda stad');
  });

  it('keeps a hostile 200-character title whole and readable', async () => {
    const hostile = `<script>x</script> \u202Eשלום ${'😀'.repeat(150)}\u0000${'W'.repeat(40)}`;
    const { title } = await metadataOf(hostile, '');
    expect(title).not.toMatch(LONE_SURROGATE);
    expect(title).toBe(
      `Handlingsplan: <script>x</script> שלום ${'😀'.repeat(150)}${'W'.repeat(40)}`,
    );
  });

  it('cuts an overlong title at a whole emoji', async () => {
    const { title } = await metadataOf(`${'a'.repeat(298)}😀😀😀`, '');
    expect(title).toBe(`Handlingsplan: ${'a'.repeat(298)}😀…`);
    expect(title).not.toMatch(LONE_SURROGATE);
  });
});
