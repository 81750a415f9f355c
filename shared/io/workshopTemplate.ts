// A workshop made from another as a template: its setup, none of its work. Pure, so the
// repository runs it inside the transaction that reads the original.
import type { Workshop } from '../domain/workshop';
import { copyTitle } from './workshopFileImport';

export type TemplateOptions = {
  /** The new workshop's id (`crypto.randomUUID()` in the app). */
  id: string;
  /** The mark the template's title gets, in the user's language, e.g. "(mall)". */
  mark: string;
  /** The moment it is made: a template is a new workshop, made now. */
  now: number;
};

/**
 * A new workshop with `workshop`'s title (marked), organisation, date and setup — its groups,
 * anonymity and consensus rule — and nothing it went through: no phase (it starts at the first),
 * no timer. Placements, participants, rounds and votes are the original's own and stay with it.
 */
export function templateOf(workshop: Workshop, options: TemplateOptions): Workshop {
  const { setup } = workshop;
  return {
    id: options.id,
    title: copyTitle(workshop.title, options.mark),
    organisation: workshop.organisation,
    date: workshop.date,
    setup: {
      groups: setup.groups.map((group) => ({ ...group })),
      anonymous: setup.anonymous,
      consensusShare: setup.consensusShare,
    },
    createdAt: options.now,
    updatedAt: options.now,
  };
}
