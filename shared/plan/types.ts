import type { Locale } from '../catalogue/types';
import type { Position } from '../domain/matrix';
import type { Quartiles } from '../domain/pooling';

/** How the participants' own placements of one model spread in the pooled round. */
export type PlanSpread = {
  x: Quartiles;
  y: Quartiles;
  /** Participants who placed the model. */
  n: number;
  /** Participants who answered "don't know". */
  skipped: number;
  /** Share (0..1) of the placements in the most common quadrant. */
  agreement: number;
  consensus: boolean;
};

/** One point of a model's "how", with the sub-points the catalogue sets under it. */
export type PlanPoint = { text: string; subPoints?: string[] };

/** One placed model, resolved to text in the plan's language. */
export type PlanItem = {
  modelId: string;
  title: string;
  /** The model's full name, printed under the title where it says more than the title. */
  name?: string;
  category: string;
  why?: string;
  how: PlanPoint[];
  risks: string[];
  position: Position;
  /** Present when participants voted in a revealed round and at least one placed the model. */
  spread?: PlanSpread;
};

/** How the participants' views were collected and pooled; numbers only, never names. */
export type PlanMethod = {
  /** Rounds that were revealed. */
  rounds: number;
  /** The round the spread comes from: the latest revealed one. */
  pooledRound: number;
  /** Participants who voted in the pooled round, per group in the setup's order. */
  participantsByGroup: { group: string; count: number }[];
  participants: number;
  consensusShare: number;
};

/** Everything the PDF shows; built by `planInput` from a workshop and the catalogue. */
export type PlanInput = {
  locale: Locale;
  title: string;
  organisation: string;
  /** `YYYY-MM-DD` */
  date: string;
  items: PlanItem[];
  /** Present when the workshop has a revealed round. */
  method?: PlanMethod;
};

/** Font files embedded (subset) in the PDF: TrueType bytes. */
export type PlanFonts = { regular: Uint8Array; bold: Uint8Array };
