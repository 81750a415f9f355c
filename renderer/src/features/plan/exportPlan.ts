// Loaded with import() when the user exports: pdf-lib and fontkit are ~1 MB the board does not
// need until then.
import regularFontUrl from '../../../../resources/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import { CATEGORIES, MODELS } from '@shared/catalogue';
import type { Locale } from '@shared/catalogue/types';
import type { Placement, Workshop } from '@shared/domain/workshop';
import { buildPlanPdf } from '@shared/plan/buildPlanPdf';
import { planInput } from '@shared/plan/planInput';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The workshop's action plan as PDF bytes, in the given language. */
export async function renderPlanPdf(
  workshop: Workshop,
  placements: readonly Placement[],
  locale: Locale,
): Promise<Uint8Array> {
  const [regular, bold] = await Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]);
  const input = planInput(workshop, [...placements], MODELS, CATEGORIES, locale);
  return buildPlanPdf(input, { regular, bold });
}

/** A file name from the workshop title, safe on every OS. */
export function planFileName(workshop: Workshop): string {
  const base = workshop.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'plan'} ${workshop.date}.pdf`;
}
