import { cleanText } from './text';
import type { WorkshopDraft } from './workshop';

/** The longest workshop title kept, in code points (see `codePointLength`). */
export const MAX_TITLE_LENGTH = 200;
/** The longest organisation kept, in code points. */
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
 * A workshop title as stored, by the one text rule (`cleanText` in text.ts): white space
 * collapsed, control characters, lone surrogates and bidi controls removed, cut at
 * `MAX_TITLE_LENGTH` code points without splitting a character. Empty means no title.
 */
export function cleanWorkshopTitle(raw: string): string {
  return cleanText(raw, MAX_TITLE_LENGTH);
}

/** An organisation as stored, cleaned as titles are, at most `MAX_ORGANISATION_LENGTH`. */
export function cleanOrganisation(raw: string): string {
  return cleanText(raw, MAX_ORGANISATION_LENGTH);
}

/**
 * Cleans and checks what the facilitator typed (`cleanWorkshopTitle`, `cleanOrganisation`).
 * Titles are required, so a title that is empty once cleaned (only spaces or invisible
 * characters) is refused; an organisation may be empty; over-long text is cut rather than
 * rejected (the form says so as it happens) so nothing typed is lost with the workshop.
 */
export function validateWorkshopDraft(draft: WorkshopDraft): WorkshopDraft {
  const title = cleanWorkshopTitle(draft.title);
  const organisation = cleanOrganisation(draft.organisation);
  if (!title) throw new WorkshopDraftError('title-required');
  if (!isIsoDate(draft.date)) throw new WorkshopDraftError('date-invalid');
  return { title, organisation, date: draft.date };
}
