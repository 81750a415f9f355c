import type { Position } from './matrix';

/** A workshop as the facilitator created it. */
export type Workshop = {
  id: string;
  title: string;
  organisation: string;
  /** The day of the workshop, `YYYY-MM-DD`. */
  date: string;
  createdAt: number;
  updatedAt: number;
};

export type WorkshopDraft = Pick<Workshop, 'title' | 'organisation' | 'date'>;

/** The agreed position of one model on a workshop's matrix. */
export type Placement = {
  workshopId: string;
  modelId: string;
  position: Position;
  updatedAt: number;
};
