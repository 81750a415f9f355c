import { rgb, type PDFFont, type RGB } from 'pdf-lib';
import type { Quadrant } from '../domain/quadrant';

/** A4 portrait in PDF points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/**
 * Nothing is drawn outside this frame (tests check every text item against it). The footer
 * lives at the bottom of the frame, below the body area.
 */
export const MARGIN = { top: 64, right: 64, bottom: 48, left: 64 } as const;

/** Where the footer's baseline sits and where body text must stop above it. */
export const FOOTER = { baseline: MARGIN.bottom + 6, rule: MARGIN.bottom + 22, size: 8.5 } as const;

/** The rectangle body text flows in. */
export type Frame = { left: number; right: number; top: number; bottom: number };

export const BODY: Frame = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  top: PAGE.height - MARGIN.top,
  bottom: FOOTER.rule + 14,
};

export const COLOR = {
  text: rgb(0.13, 0.15, 0.17),
  muted: rgb(0.4, 0.43, 0.46),
  rule: rgb(0.78, 0.8, 0.82),
  accent: rgb(0.11, 0.42, 0.3),
  risk: rgb(0.62, 0.2, 0.14),
  marker: rgb(0.14, 0.22, 0.3),
  white: rgb(1, 1, 1),
} as const;

/** Soft backgrounds that stay distinct when printed in grey, with a dark tone for text on them. */
export const QUADRANT_COLOR: Record<Quadrant, { fill: RGB; ink: RGB }> = {
  'quick-wins': { fill: rgb(0.86, 0.94, 0.86), ink: rgb(0.12, 0.4, 0.2) },
  strategic: { fill: rgb(0.86, 0.91, 0.97), ink: rgb(0.13, 0.3, 0.55) },
  'fill-ins': { fill: rgb(0.98, 0.95, 0.84), ink: rgb(0.5, 0.38, 0.05) },
  reconsider: { fill: rgb(0.96, 0.88, 0.87), ink: rgb(0.55, 0.18, 0.16) },
};

export type PlanFontSet = { regular: PDFFont; bold: PDFFont };

/** How a run of text looks; `lineHeight` is the distance between baselines. */
export type TextStyle = { font: PDFFont; size: number; lineHeight: number; color: RGB };

/** The typographic scale of the plan. */
export function styles(fonts: PlanFontSet) {
  const { regular, bold } = fonts;
  return {
    coverKicker: { font: bold, size: 13, lineHeight: 18, color: COLOR.accent },
    coverTitle: { font: bold, size: 28, lineHeight: 34, color: COLOR.text },
    coverOrganisation: { font: regular, size: 15, lineHeight: 20, color: COLOR.text },
    coverDate: { font: regular, size: 11.5, lineHeight: 16, color: COLOR.muted },
    pageHeading: { font: bold, size: 18, lineHeight: 24, color: COLOR.text },
    sectionHeading: { font: bold, size: 13, lineHeight: 18, color: COLOR.text },
    quadrantHeading: { font: bold, size: 14, lineHeight: 19, color: COLOR.text },
    modelTitle: { font: bold, size: 12.5, lineHeight: 17, color: COLOR.text },
    label: { font: bold, size: 9.5, lineHeight: 14, color: COLOR.accent },
    body: { font: regular, size: 10, lineHeight: 14.5, color: COLOR.text },
    bodyBold: { font: bold, size: 10, lineHeight: 14.5, color: COLOR.text },
    small: { font: regular, size: 9, lineHeight: 12.5, color: COLOR.muted },
  } satisfies Record<string, TextStyle>;
}

export type PlanStyles = ReturnType<typeof styles>;
