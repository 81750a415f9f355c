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
import type { Progress } from '@shared/plan/pacing';
import { planInput } from '@shared/plan/planInput';
import type { PlanVoices } from '@shared/plan/planVoices';
import type { PlanFonts } from '@shared/plan/types';
import { parseFont } from '@shared/text/fontCache';
import { loadHyphenator } from '@shared/text/hyphenation';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let fontsLoading: Promise<PlanFonts> | undefined;

/**
 * The plan's fonts, fetched once per session and parsed once (the bytes key the parsed-font
 * cache, so every export hands over the same arrays). A failed fetch is forgotten, so the next
 * export tries again.
 */
function loadPlanFonts(): Promise<PlanFonts> {
  fontsLoading ??= Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)]).then(
    ([regular, bold]) => {
      parseFont(regular);
      parseFont(bold);
      return { regular, bold };
    },
  );
  fontsLoading.catch(() => (fontsLoading = undefined));
  return fontsLoading;
}

/**
 * Gets the first export ready while the board is idle: this chunk (pdf-lib, fontkit) is
 * already loaded by the time this runs, the fonts are fetched and parsed, and the hyphenation
 * patterns of `locale` loaded. Failures are silent; the export itself reports them.
 */
export async function warmPlanExport(locale: Locale): Promise<void> {
  await Promise.all([loadPlanFonts(), loadHyphenator(locale)]).catch(() => undefined);
}

/**
 * The workshop's action plan as PDF bytes, in the given language. With `voices` (participants,
 * rounds, votes and setup) the plan shows the spread of the latest revealed round and a method
 * note. `onProgress` hears how far the build is (0..1); the build yields between models.
 */
export async function renderPlanPdf(
  workshop: Workshop,
  placements: readonly Placement[],
  locale: Locale,
  voices?: PlanVoices,
  onProgress?: Progress,
): Promise<Uint8Array> {
  const fonts = await loadPlanFonts();
  const input = planInput(workshop, [...placements], MODELS, CATEGORIES, locale, voices);
  return buildPlanPdf(input, fonts, onProgress ? { onProgress } : {});
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
