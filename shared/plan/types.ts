import type { Locale } from '../catalogue/types';
import type { Position } from '../domain/matrix';

/** One placed model, resolved to text in the plan's language. */
export type PlanItem = {
  modelId: string;
  title: string;
  category: string;
  why?: string;
  how: string[];
  risks: string[];
  position: Position;
};

/** Everything the PDF shows; built by `planInput` from a workshop and the catalogue. */
export type PlanInput = {
  locale: Locale;
  title: string;
  organisation: string;
  /** `YYYY-MM-DD` */
  date: string;
  items: PlanItem[];
};

/** Font files embedded (subset) in the PDF: TrueType bytes. */
export type PlanFonts = { regular: Uint8Array; bold: Uint8Array };
