import type { WorkshopDraft } from './workshop';

export const MAX_TITLE_LENGTH = 200;
export const MAX_ORGANISATION_LENGTH = 200;

export type DraftProblem = 'title-required' | 'date-invalid';

/** A workshop draft the app refuses to store; `problem` says which field and why. */
export class WorkshopDraftError extends Error {
  constructor(readonly problem: DraftProblem) {
    super(problem);
    this.name = 'WorkshopDraftError';
  }
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Trims and checks what the facilitator typed. Titles are required; an organisation may be
 * empty; over-long text is cut rather than rejected so nothing typed is silently refused.
 */
export function validateWorkshopDraft(draft: WorkshopDraft): WorkshopDraft {
  const title = draft.title.trim().slice(0, MAX_TITLE_LENGTH);
  const organisation = draft.organisation.trim().slice(0, MAX_ORGANISATION_LENGTH);
  if (!title) throw new WorkshopDraftError('title-required');
  if (!isIsoDate(draft.date)) throw new WorkshopDraftError('date-invalid');
  return { title, organisation, date: draft.date };
}
