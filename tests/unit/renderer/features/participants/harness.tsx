import { screen, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { beforeAll, vi } from 'vitest';
import type { Change } from '../../../../../shared/domain/changes';
import type { VoteValue } from '../../../../../shared/domain/vote';
import { createChangesRepo, type ChangesRepo } from '../../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../../renderer/src/db/db';
import { createParticipantsRepo } from '../../../../../renderer/src/db/participantsRepo';
import { createVotesRepo } from '../../../../../renderer/src/db/votesRepo';
import { createWorkshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { ParticipantsDialog } from '../../../../../renderer/src/features/participants/ParticipantsDialog';
import { renderInEnglish } from '../catalogue/renderInEnglish';

/** jsdom has no modal dialogs: stand-ins that only toggle `open` (what shows the contents). */
export function stubDialogs() {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });
}

type Record = (build: () => Change | Promise<Change>) => Promise<void>;

/** A fresh database with one workshop, written to only through the real changes repository. */
export async function freshWorkshop() {
  const database = new WorkshopDatabase(`participants-${crypto.randomUUID()}`);
  const repo: ChangesRepo = createChangesRepo(database);
  const draft = { title: 'T', organisation: '', date: '2026-12-02' };
  const workshopId = (await createWorkshopsRepo(database).create(draft)).id;
  /** The changes as the repository stored them (`from` filled in), for undo checks. */
  const recorded: Change[] = [];
  const record = vi.fn<Record>(async (build) => {
    recorded.push(await repo.record(build));
  });

  const participants = () => createParticipantsRepo(database).listForWorkshop(workshopId);
  const votes = () => createVotesRepo(database).listForWorkshop(workshopId);
  const setup = async () => (await database.workshops.get(workshopId))?.setup;

  async function addParticipant(id: string, name: string, groupId: string, createdAt: number) {
    await repo.record(() => ({
      kind: 'participant.set',
      workshopId,
      participantId: id,
      from: null,
      to: { name, groupId, createdAt, removedAt: null },
    }));
  }
  async function addVote(participantId: string, round: number, modelId: string, value: VoteValue) {
    await repo.record(() => ({
      kind: 'vote.set',
      workshopId,
      round,
      participantId,
      modelId,
      from: null,
      to: value,
    }));
  }

  /** The dialog as the board shows it: props read live from the database. */
  function Board({ onClose, recordWith }: { onClose: () => void; recordWith: Record }) {
    const data = useLiveQuery(async () => ({
      workshop: await database.workshops.get(workshopId),
      participants: await participants(),
      votes: await votes(),
    }));
    if (!data?.workshop) return null;
    return (
      <ParticipantsDialog
        workshop={data.workshop}
        participants={data.participants}
        votes={data.votes}
        record={recordWith}
        onClose={onClose}
      />
    );
  }

  async function open(recordWith: Record = record) {
    const onClose = vi.fn();
    await renderInEnglish(<Board onClose={onClose} recordWith={recordWith} />);
    await screen.findByRole('dialog', { name: 'Participants' });
    return { onClose };
  }

  return {
    database,
    repo,
    workshopId,
    record,
    recorded,
    participants,
    votes,
    setup,
    addParticipant,
    addVote,
    open,
  };
}

export type Fixture = Awaited<ReturnType<typeof freshWorkshop>>;

/** The names (or "Participant n") the list shows, in its order; empty when there is no list. */
export function listedNames(): (string | null)[] {
  const list = within(screen.getByRole('dialog', { name: 'Participants' })).queryByRole('table');
  if (!list) return [];
  return within(list)
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent);
}
