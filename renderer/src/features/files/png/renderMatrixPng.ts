// Loaded with import() when a picture is made: it brings the PDF's geometry and fonts.
import regularFontUrl from '../../../../../resources/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import { CATEGORIES, MODELS } from '@shared/catalogue';
import type { Locale } from '@shared/catalogue/types';
import { clampPosition, type Position } from '@shared/domain/matrix';
import { rankPlacements } from '@shared/domain/ranking';
import type { Workshop } from '@shared/domain/workshop';
import { formatIsoDate } from '@shared/i18n/dates';
import { PLAN_LABELS } from '@shared/i18n/plan';
import { planInput } from '@shared/plan/planInput';
import type { PlanVoices } from '@shared/plan/planVoices';
import { drawMatrixPicture, layoutPicture, type PictureInput } from './matrixPicture';
import { PICTURE_DPI, PICTURE_SCALE, PICTURE_WIDTH_PX, type PictureFont } from './pictureStyle';
import { withResolution } from './pngResolution';

const FAMILY = 'Klimatverkstad Plan';
/** The PDF's font; should it fail to load, the picture is still made with a system font. */
const FONT: PictureFont = { family: `"${FAMILY}", "DejaVu Sans", sans-serif` };

let fontsLoaded: Promise<void> | undefined;

/** Loads DejaVu Sans (regular and bold) from the app itself, once. */
function loadFonts(): Promise<void> {
  fontsLoaded ??= Promise.all(
    [
      new FontFace(FAMILY, `url(${regularFontUrl})`, { weight: '400' }),
      new FontFace(FAMILY, `url(${boldFontUrl})`, { weight: '700' }),
    ].map(async (face) => document.fonts.add(await face.load())),
  ).then(
    () => undefined,
    () => {
      fontsLoaded = undefined;
    },
  );
  return fontsLoaded;
}

/** What the picture shows: the plan's items, numbered as the PDF numbers them. */
export function pictureInput(
  workshop: Workshop,
  placements: readonly { modelId: string; position: Position }[],
  locale: Locale,
  voices?: PlanVoices,
): PictureInput {
  const plan = planInput(workshop, placements, MODELS, CATEGORIES, locale, voices);
  const items = rankPlacements(
    plan.items.map((item) => ({ ...item, position: clampPosition(item.position) })),
  );
  const subtitle = [workshop.organisation, formatIsoDate(workshop.date, locale)]
    .filter(Boolean)
    .join(' · ');
  return { title: workshop.title, subtitle, items, labels: PLAN_LABELS[locale] };
}

/** The matrix picture as PNG bytes, `PICTURE_WIDTH_PX` wide, marked as 300 dpi. */
export async function renderMatrixPng(input: PictureInput): Promise<Uint8Array> {
  await loadFonts();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const layout = layoutPicture(context, input, FONT);
  // Resizing clears the canvas and its state; measuring above needed only the fonts.
  canvas.width = PICTURE_WIDTH_PX;
  canvas.height = Math.round(layout.height * PICTURE_SCALE);
  context.scale(PICTURE_SCALE, PICTURE_SCALE);
  drawMatrixPicture(context, input, layout, FONT);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return withResolution(new Uint8Array(await blob.arrayBuffer()), PICTURE_DPI);
}
