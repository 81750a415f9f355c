import { z } from '../zod';
import { BUILT_IN_MODEL_IDS } from '../catalogue/shownModels';
import { SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION } from './snapshotFormat';
import {
  participantSchema,
  placementSchema,
  roundSchema,
  voteSchema,
  workshopSchema,
} from './snapshotRecordSchemas';
import type { LinkProblemMessage } from './snapshotProblem';
import { MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP, MAX_UNKNOWN_VOTES_PER_ROUND } from './unknownModels';

export { SNAPSHOT_ID_PATTERN } from './snapshotRecordSchemas';

// Generous caps: the byte limit is the real bound, these only keep counts plausible.
const MAX_WORKSHOPS = 10_000;
const MAX_PLACEMENTS = 500_000;
const MAX_PARTICIPANTS = 100_000;
const MAX_ROUNDS = 100_000;
const MAX_VOTES = 1_000_000;

const shape = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  workshops: z.array(workshopSchema).max(MAX_WORKSHOPS),
  placements: z.array(placementSchema).max(MAX_PLACEMENTS),
  participants: z.array(participantSchema).max(MAX_PARTICIPANTS),
  rounds: z.array(roundSchema).max(MAX_ROUNDS),
  votes: z.array(voteSchema).max(MAX_VOTES),
});

type Shape = z.infer<typeof shape>;
type Report = (message: LinkProblemMessage, path: Array<string | number>) => void;

// Ids cannot contain a space, so keys joined with one are unambiguous.
const key = (...parts: Array<string | number>) => parts.join(' ');

/** Adds `value` to `seen`; false when it was there already. */
function firstTime(seen: Set<string>, value: string): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  return true;
}

/** Unique workshop ids and group ids; returns each workshop's group ids by workshop id. */
function checkWorkshops(snapshot: Shape, report: Report): Map<string, Set<string>> {
  const groupsOf = new Map<string, Set<string>>();
  snapshot.workshops.forEach((workshop, index) => {
    if (groupsOf.has(workshop.id)) report('duplicate id', ['workshops', index, 'id']);
    const groups = new Set<string>();
    workshop.setup.groups.forEach((group, g) => {
      if (!firstTime(groups, group.id)) {
        report('duplicate group id', ['workshops', index, 'setup', 'groups', g, 'id']);
      }
    });
    groupsOf.set(workshop.id, groups);
  });
  return groupsOf;
}

/** Adds one to `key`'s count; true for the one record that first goes over `max`. */
function firstOverCap(counts: Map<string, number>, key: string, max: number): boolean {
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  return count === max + 1;
}

/**
 * Every rule between records, each refused with a path and a short reason: ids and keys are
 * unique in every store; placements, participants, rounds and votes belong to a workshop in
 * the file; a participant's group is one of its workshop's groups; a vote's round exists and
 * its participant exists in the same workshop. Placements and votes of models the built-in
 * catalogue lacks are kept (see unknownModels.ts), but only up to a plausible number.
 */
function checkLinks(snapshot: Shape, report: Report): void {
  const groupsOf = checkWorkshops(snapshot, report);
  const owned = (list: string, index: number, workshopId: string) => {
    if (groupsOf.has(workshopId)) return true;
    report('unknown workshop', [list, index, 'workshopId']);
    return false;
  };

  const tooMany = 'too many models this version does not know';
  const placed = new Set<string>();
  const unknownPlaced = new Map<string, number>();
  snapshot.placements.forEach((p, index) => {
    owned('placements', index, p.workshopId);
    if (!firstTime(placed, key(p.workshopId, p.modelId))) {
      report('placed twice', ['placements', index]);
    }
    if (
      !BUILT_IN_MODEL_IDS.has(p.modelId) &&
      firstOverCap(unknownPlaced, p.workshopId, MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP)
    ) {
      report(tooMany, ['placements', index, 'modelId']);
    }
  });

  const workshopOf = new Map<string, string>();
  snapshot.participants.forEach((p, index) => {
    if (workshopOf.has(p.id)) report('duplicate id', ['participants', index, 'id']);
    workshopOf.set(p.id, p.workshopId);
    if (owned('participants', index, p.workshopId) && !groupsOf.get(p.workshopId)?.has(p.groupId)) {
      report('not a group of its workshop', ['participants', index, 'groupId']);
    }
  });

  const rounds = new Set<string>();
  snapshot.rounds.forEach((r, index) => {
    owned('rounds', index, r.workshopId);
    if (!firstTime(rounds, key(r.workshopId, r.number))) {
      report('round twice', ['rounds', index, 'number']);
    }
  });

  const voted = new Set<string>();
  const unknownVoted = new Map<string, number>();
  snapshot.votes.forEach((v, index) => {
    owned('votes', index, v.workshopId);
    if (!rounds.has(key(v.workshopId, v.round))) report('unknown round', ['votes', index, 'round']);
    const participantWorkshop = workshopOf.get(v.participantId);
    if (participantWorkshop === undefined) {
      report('unknown participant', ['votes', index, 'participantId']);
    } else if (participantWorkshop !== v.workshopId) {
      report('participant of another workshop', ['votes', index, 'participantId']);
    }
    const voteKey = key(v.workshopId, v.round, v.participantId, v.modelId);
    if (!firstTime(voted, voteKey)) report('voted twice', ['votes', index]);
    const ballot = key(v.workshopId, v.round, v.participantId);
    if (
      !BUILT_IN_MODEL_IDS.has(v.modelId) &&
      firstOverCap(unknownVoted, ballot, MAX_UNKNOWN_VOTES_PER_ROUND)
    ) {
      report(tooMany, ['votes', index, 'modelId']);
    }
  });
}

/**
 * A whole snapshot of the current version, strict at every level: unknown keys are errors, not
 * ignored, and every record must fit the others (see `checkLinks`). Older files are lifted to
 * this version by `migrateSnapshot` first.
 */
export const snapshotSchema = shape.superRefine((snapshot, ctx) => {
  checkLinks(snapshot, (message, path) => ctx.addIssue({ code: 'custom', message, path }));
});
