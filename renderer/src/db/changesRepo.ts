import { clampPosition, isPosition } from '@shared/domain/matrix';
import {
  applies,
  atomsOf,
  type AtomicChange,
  type BatchChange,
  type Change,
} from '@shared/domain/changes';
import type { ParticipantFields } from '@shared/domain/participant';
import { phaseOf } from '@shared/domain/phase';
import type { RoundFields } from '@shared/domain/round';
import { isVoteValue } from '@shared/domain/vote';
import { db, type WorkshopDatabase } from './db';

/** Why a change was not applied: a row it expects has changed since (undo tells the user). */
export type ApplyResult = { ok: true; change: Change } | { ok: false; reason: 'moved-since' };

/**
 * The one writer of workshop changes (see shared/domain/changes.ts). Each change — a single
 * record or a batch — is read and written in one transaction, together with the workshop's
 * `updatedAt`, so a change is either wholly on disk or not at all.
 */
export function createChangesRepo(database: WorkshopDatabase) {
  const tables = [
    database.workshops,
    database.placements,
    database.participants,
    database.rounds,
    database.votes,
  ];

  /** The value a change's target holds now, in the shape of the change's from/to. */
  async function current(atom: AtomicChange): Promise<unknown> {
    switch (atom.kind) {
      case 'placement.set': {
        const row = await database.placements.get([atom.workshopId, atom.modelId]);
        return row && isPosition(row.position) ? row.position : null;
      }
      case 'vote.set': {
        const key = [atom.workshopId, atom.round, atom.participantId, atom.modelId] as const;
        const row = await database.votes.get([...key]);
        return row && isVoteValue(row.value) ? row.value : null;
      }
      case 'participant.set': {
        const row = await database.participants.get(atom.participantId);
        return row && row.workshopId === atom.workshopId ? participantFields(row) : null;
      }
      case 'round.set': {
        const row = await database.rounds.get([atom.workshopId, atom.round]);
        return row ? roundFields(row) : null;
      }
      case 'setup.set':
        return (await database.workshops.get(atom.workshopId))?.setup ?? null;
      case 'phase.set': {
        const row = await database.workshops.get(atom.workshopId);
        return row ? phaseOf(row) : null;
      }
    }
  }

  async function write(atom: AtomicChange, now: number): Promise<void> {
    const { workshopId } = atom;
    switch (atom.kind) {
      case 'placement.set':
        if (atom.to) {
          const position = clampPosition(atom.to);
          await database.placements.put({
            workshopId,
            modelId: atom.modelId,
            position,
            updatedAt: now,
          });
        } else await database.placements.delete([workshopId, atom.modelId]);
        return;
      case 'vote.set': {
        const { round, participantId, modelId } = atom;
        if (atom.to) {
          const value = atom.to === 'skip' ? 'skip' : clampPosition(atom.to);
          await database.votes.put({
            workshopId,
            round,
            participantId,
            modelId,
            value,
            updatedAt: now,
          });
        } else await database.votes.delete([workshopId, round, participantId, modelId]);
        return;
      }
      case 'participant.set':
        if (atom.to) {
          await database.participants.put({
            id: atom.participantId,
            workshopId,
            ...participantFields(atom.to),
          });
        } else await database.participants.delete(atom.participantId);
        return;
      case 'round.set':
        if (atom.to) {
          await database.rounds.put({ workshopId, number: atom.round, ...roundFields(atom.to) });
        } else await database.rounds.delete([workshopId, atom.round]);
        return;
      case 'setup.set':
        await database.workshops.update(workshopId, { setup: atom.to });
        return;
      case 'phase.set':
        await database.workshops.update(workshopId, { phase: atom.to });
        return;
    }
  }

  async function assertWorkshop(workshopId: string): Promise<void> {
    if (!(await database.workshops.get(workshopId))) {
      throw new Error(`Workshop ${workshopId} does not exist`);
    }
  }

  return {
    /**
     * Records a new change made by the user. `build` runs inside the transaction, so it can
     * read what it needs (e.g. a participant's votes) without another write landing between
     * the read and the write; each part's `from` is then read from the database, never taken
     * from what the screen last showed, so undo restores exactly what was there.
     */
    async record(build: () => Change | Promise<Change>, now = Date.now()): Promise<Change> {
      return database.transaction('rw', tables, async () => {
        const draft = await build();
        const atoms: AtomicChange[] = [];
        for (const atom of atomsOf(draft)) {
          // A later part of a batch may touch what an earlier one wrote: read after writing.
          const from = (await current(atom)) as AtomicChange['from'];
          const fresh = { ...normalised(atom), from } as AtomicChange;
          atoms.push(fresh);
          await write(fresh, now);
        }
        await assertWorkshop(draft.workshopId);
        await database.workshops.update(draft.workshopId, { updatedAt: now });
        return draft.kind === 'batch'
          ? ({ ...draft, changes: atoms } satisfies BatchChange)
          : atoms[0]!;
      });
    },

    /**
     * Applies a change only if every row it touches is still where its `from` says (undo and
     * redo): otherwise nothing is written and the answer says so.
     */
    async applyIfCurrent(change: Change, now = Date.now()): Promise<ApplyResult> {
      try {
        await database.transaction('rw', tables, async () => {
          await assertWorkshop(change.workshopId);
          // Part by part: a batch may touch one row twice, and each part expects the row as
          // the part before it left it.
          for (const atom of atomsOf(change)) {
            if (!applies(atom, await current(atom))) throw new MovedSince();
            await write(atom, now);
          }
          await database.workshops.update(change.workshopId, { updatedAt: now });
        });
      } catch (error) {
        // Throwing inside the transaction rolled back the parts already written.
        if (error instanceof MovedSince) return { ok: false, reason: 'moved-since' };
        throw error;
      }
      return { ok: true, change };
    },
  };
}

/** Aborts an undo's transaction when a row is no longer where the change left it. */
class MovedSince extends Error {}

/** A change whose positions are clamped into the matrix, as they will be stored. */
function normalised(atom: AtomicChange): AtomicChange {
  if (atom.kind === 'placement.set' && atom.to) return { ...atom, to: clampPosition(atom.to) };
  if (atom.kind === 'vote.set' && atom.to && atom.to !== 'skip') {
    return { ...atom, to: clampPosition(atom.to) };
  }
  return atom;
}

function participantFields(row: ParticipantFields): ParticipantFields {
  return {
    name: row.name,
    groupId: row.groupId,
    createdAt: row.createdAt,
    removedAt: row.removedAt ?? null,
  };
}

function roundFields(row: RoundFields): RoundFields {
  return {
    state: row.state,
    startedAt: row.startedAt,
    lockedAt: row.lockedAt ?? null,
    revealedAt: row.revealedAt ?? null,
  };
}

export type ChangesRepo = ReturnType<typeof createChangesRepo>;
export const changesRepo = createChangesRepo(db);
