// Loaded with import() when the user exports: pdf-lib and fontkit are ~1 MB the board does not
// need until then.
import regularFontUrl from '../../../../resources/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import { CATEGORIES, MODELS } from '@shared/catalogue';
import type { Locale } from '@shared/catalogue/types';
import type { Placement, Workshop } from '@shared/domain/workshop';
import { PLAN_LABELS } from '@shared/i18n/plan';
import {
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  sanitizeFileStem,
  utf8Length,
} from '@shared/io/fileName';
import { buildPlanPdf } from '@shared/plan/buildPlanPdf';
import { planInput } from '@shared/plan/planInput';
import type { PlanVoices } from '@shared/plan/planVoices';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The workshop's action plan as PDF bytes, in the given language. With `voices` (participants,
 * rounds, votes and setup) the plan shows the spread of the latest revealed round and a method
 * note.
 */
export async function renderPlanPdf(
  workshop: Workshop,
  placements: readonly Placement[],
  locale: Locale,
  voices?: PlanVoices,
): Promise<Uint8Array> {
  const [regular, bold] = await Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]);
  const input = planInput(workshop, [...placements], MODELS, CATEGORIES, locale, voices);
  return buildPlanPdf(input, { regular, bold });
}

/**
 * `${title} ${date}.pdf`, safe on every OS. A title with nothing usable left becomes the plan's
 * heading in `locale`; a long title is cut so the date and extension always fit.
 */
export function planFileName(workshop: Workshop, locale: Locale): string {
  const suffix = ` ${workshop.date}.pdf`;
  const fallback = PLAN_LABELS[locale].heading;
  const title = sanitizeFileStem(
    workshop.title,
    MAX_FILE_NAME_BYTES - utf8Length(suffix),
    fallback,
  );
  // The date is checked when the workshop is saved; sanitising the whole name again costs nothing.
  return sanitizeFileName(`${title} ${workshop.date}`, '.pdf', fallback);
}
