// What an import adds to the database. An import never overwrites: a workshop that is already
// here comes in as a copy with new ids, marked in its title, and every record that belongs to
// it follows it, consistently across every store. Zod-free and pure: the repository runs it
// inside its transaction, against the ids the database holds at that moment.
import { cutText, codePointLength } from '../domain/text';
import { MAX_TITLE_LENGTH } from '../domain/workshopDraft';
import type { SnapshotRecords } from './snapshotFormat';

/** Ids already in the database that an imported record must not reuse. */
export type TakenIds = {
  workshopIds: ReadonlySet<string>;
  participantIds: ReadonlySet<string>;
};

export type ImportOptions = {
  /** A fresh id (`crypto.randomUUID()` in the app). */
  newId: () => string;
  /** The mark a copy's title gets, in the user's language, e.g. "(kopia)". */
  copyMark: string;
  /** The moment of import: a copy is a new workshop, made now. */
  now: number;
};

/** One imported workshop, for the screen that reports the import. */
export type ImportedWorkshop = {
  id: string;
  title: string;
  /** The same workshop was here already, so this is a copy with new ids. */
  copy: boolean;
};

export type ImportPlan = { records: SnapshotRecords; workshops: ImportedWorkshop[] };

/**
 * `title` with `mark` after it, cut (at whole characters) so the result still fits the title
 * limit: a copy of a 200-character title is still a valid workshop.
 */
export function copyTitle(title: string, mark: string): string {
  const suffix = ` ${mark}`;
  const room = MAX_TITLE_LENGTH - codePointLength(suffix);
  return `${cutText(title, room).trimEnd()}${suffix}`;
}

/**
 * The records to add for `records` (a parsed file) when the database holds `taken`. A workshop
 * keeps its ids when neither it nor any of its participants' ids is taken, so moving a
 * workshop to another machine and back gives the same data. Otherwise it gets a new id, and so
 * do all its participants; placements, rounds and votes follow the new ids (round numbers stay),
 * and the title gets `copyMark` when the same workshop was here already. New ids are never an
 * id of the database or of the file.
 */
export function planWorkshopImport(
  records: SnapshotRecords,
  taken: TakenIds,
  options: ImportOptions,
): ImportPlan {
  const used = new Set([
    ...taken.workshopIds,
    ...taken.participantIds,
    ...records.workshops.map((w) => w.id),
    ...records.participants.map((p) => p.id),
  ]);
  const freshId = () => {
    let id = options.newId();
    while (used.has(id)) id = options.newId();
    used.add(id);
    return id;
  };

  const clashing = new Set(
    records.participants.filter((p) => taken.participantIds.has(p.id)).map((p) => p.workshopId),
  );
  const workshopIds = new Map<string, string>();
  const workshops: ImportedWorkshop[] = [];
  const newWorkshops = records.workshops.map((workshop) => {
    const here = taken.workshopIds.has(workshop.id);
    if (!here && !clashing.has(workshop.id)) {
      workshops.push({ id: workshop.id, title: workshop.title, copy: false });
      return workshop;
    }
    const id = freshId();
    workshopIds.set(workshop.id, id);
    const title = here ? copyTitle(workshop.title, options.copyMark) : workshop.title;
    workshops.push({ id, title, copy: here });
    return { ...workshop, id, title, createdAt: options.now, updatedAt: options.now };
  });

  const workshopOf = (id: string) => workshopIds.get(id) ?? id;
  const participantIds = new Map<string, string>();
  const participants = records.participants.map((p) => {
    if (!workshopIds.has(p.workshopId)) return p;
    const id = freshId();
    participantIds.set(p.id, id);
    return { ...p, id, workshopId: workshopOf(p.workshopId) };
  });
  return {
    workshops,
    records: {
      workshops: newWorkshops,
      placements: records.placements.map((p) => ({ ...p, workshopId: workshopOf(p.workshopId) })),
      participants,
      rounds: records.rounds.map((r) => ({ ...r, workshopId: workshopOf(r.workshopId) })),
      votes: records.votes.map((v) => ({
        ...v,
        workshopId: workshopOf(v.workshopId),
        participantId: participantIds.get(v.participantId) ?? v.participantId,
      })),
    },
  };
}
