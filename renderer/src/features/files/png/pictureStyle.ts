// The matrix picture is drawn in PDF points, with the PDF's own sizes and colours, and scaled
// to print resolution: so the PNG and the plan's matrix page look alike and cannot drift apart.
import type { RGB } from 'pdf-lib';
import { COLOR, QUADRANT_COLOR } from '@shared/plan/theme';
import type { Quadrant } from '@shared/domain/quadrant';

/** Resolution the picture is made for: print quality. */
export const PICTURE_DPI = 300;
/** Width of the picture in points: 480 pt = 6⅔ in, 2000 px at 300 dpi (A5 and a margin). */
export const PICTURE_WIDTH = 480;
/** Canvas pixels per point. */
export const PICTURE_SCALE = PICTURE_DPI / 72;
/** Width of the PNG in pixels. */
export const PICTURE_WIDTH_PX = Math.round(PICTURE_WIDTH * PICTURE_SCALE);
/** White space around everything, in points. */
export const PICTURE_MARGIN = 24;

/** A CSS colour for a pdf-lib colour, with an optional opacity. */
export function cssColor(color: RGB, opacity = 1): string {
  const channel = (value: number) => Math.round(value * 255);
  return `rgba(${channel(color.red)}, ${channel(color.green)}, ${channel(color.blue)}, ${opacity})`;
}

export const INK = {
  text: cssColor(COLOR.text),
  muted: cssColor(COLOR.muted),
  marker: cssColor(COLOR.marker),
  /** The legend's key box, drawn like a spread on the matrix. */
  keyFill: cssColor(COLOR.marker, 0.1),
  keyEdge: cssColor(COLOR.marker, 0.55),
  white: cssColor(COLOR.white),
  fill: (quadrant: Quadrant, opacity = 1) => cssColor(QUADRANT_COLOR[quadrant].fill, opacity),
  ink: (quadrant: Quadrant, opacity = 1) => cssColor(QUADRANT_COLOR[quadrant].ink, opacity),
};

/** The CSS font family list the picture draws with (the PDF's DejaVu Sans, once loaded). */
export type PictureFont = { family: string };

/** A canvas font string; sizes are in points because the context is scaled to points. */
export function fontOf(font: PictureFont, size: number, bold = false): string {
  return `${bold ? 700 : 400} ${size}px ${font.family}`;
}

/** Measures text as it will be drawn, in points. */
export function measurer(
  ctx: CanvasRenderingContext2D,
  font: PictureFont,
  size: number,
  bold = false,
) {
  return (text: string) => {
    ctx.font = fontOf(font, size, bold);
    return ctx.measureText(text).width;
  };
}
