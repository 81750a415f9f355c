// What is wrong with a refused snapshot, as data a screen can put into plain words: which kind
// of record, which problem, which workshop. The raw `detail` (a path and a code) stays for
// support; users never read it in a sentence. Zod-free: it classifies a path and a code.
import { cleanText } from '../domain/text';

/** The kind of record a problem is in; 'file' for the file's own fields. */
export type SnapshotRecordKind =
  'file' | 'workshop' | 'group' | 'placement' | 'participant' | 'round' | 'vote';

/** Every problem a refused file can have, in words a screen can say. */
export const SNAPSHOT_PROBLEM_KINDS = [
  'outside-matrix',
  'vote-value',
  'placed-twice',
  'voted-twice',
  'round-twice',
  'duplicate-id',
  'unknown-workshop',
  'unknown-participant',
  'participant-elsewhere',
  'unknown-round',
  'unknown-group',
  'too-many-unknown-models',
  'too-many-records',
  'unknown-field',
  'missing-field',
  'too-long',
  'bad-version',
  'bad-value',
] as const;

export type SnapshotProblemKind = (typeof SNAPSHOT_PROBLEM_KINDS)[number];

export type SnapshotProblem = {
  kind: SnapshotProblemKind;
  record: SnapshotRecordKind;
  /** The workshop the problem is in, by its title in the file, when the path points into one. */
  workshopTitle?: string;
};

/** The messages snapshotSchema's rules between records report, by the problem they are. */
export const LINK_PROBLEMS = {
  'duplicate id': 'duplicate-id',
  'duplicate group id': 'duplicate-id',
  'unknown workshop': 'unknown-workshop',
  'placed twice': 'placed-twice',
  'not a group of its workshop': 'unknown-group',
  'round twice': 'round-twice',
  'unknown round': 'unknown-round',
  'unknown participant': 'unknown-participant',
  'participant of another workshop': 'participant-elsewhere',
  'voted twice': 'voted-twice',
  'too many models this version does not know': 'too-many-unknown-models',
} as const satisfies Record<string, SnapshotProblemKind>;

export type LinkProblemMessage = keyof typeof LINK_PROBLEMS;

const RECORD_OF_LIST: Record<string, SnapshotRecordKind> = {
  workshops: 'workshop',
  placements: 'placement',
  participants: 'participant',
  rounds: 'round',
  votes: 'vote',
};

/** One issue of the strict parse, as far as classifying it needs. */
export type SnapshotIssue = {
  path: ReadonlyArray<PropertyKey>;
  code: string;
  message: string;
};

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const MAX_TITLE_SHOWN = 200;

function kindOf(issue: SnapshotIssue, record: SnapshotRecordKind): SnapshotProblemKind {
  const { path, code, message } = issue;
  if (code === 'custom' && Object.hasOwn(LINK_PROBLEMS, message)) {
    return LINK_PROBLEMS[message as LinkProblemMessage];
  }
  if (code === 'unrecognized_keys') return 'unknown-field';
  const field = path.at(-1);
  const inPosition = path.includes('position') || path.includes('value');
  if (record === 'vote' && path.at(-1) === 'value' && code === 'invalid_union') return 'vote-value';
  if (inPosition && (code === 'too_big' || code === 'too_small')) return 'outside-matrix';
  // A list itself too long: `placements: too_big`.
  if (path.length === 1 && code === 'too_big') return 'too-many-records';
  if (code === 'too_big' && typeof field === 'string' && field !== 'number') return 'too-long';
  if (code === 'invalid_type' && message.includes('undefined')) return 'missing-field';
  return 'bad-value';
}

/** The title of the workshop with `id` in the raw file data, if it has a readable one. */
function titleOf(data: Data, find: (workshop: Data, index: number) => boolean): string | undefined {
  const workshops = Array.isArray(data.workshops) ? data.workshops : [];
  const found = workshops.find((w, i) => isRecord(w) && find(w, i));
  const title = isRecord(found) ? found.title : undefined;
  // Cleaned as the form cleans titles: whole characters only, no bidi overrides or controls.
  const shown = typeof title === 'string' ? cleanText(title, MAX_TITLE_SHOWN) : '';
  return shown || undefined;
}

/**
 * The problem behind the first issue of a refused file, for a plain sentence: the record kind
 * from the path's list (`placements[3]…` is a placement), the problem from the issue's code or
 * the rule's message, and the workshop's title from the raw file data when the record names
 * its workshop (or is one). Nothing of the file is trusted: a title that is not a string is
 * left out.
 */
export function problemOf(issue: SnapshotIssue, data: unknown): SnapshotProblem {
  const [list, index, next] = issue.path;
  const listed = typeof list === 'string' ? RECORD_OF_LIST[list] : undefined;
  let record: SnapshotRecordKind = typeof index === 'number' ? (listed ?? 'file') : 'file';
  if (record === 'workshop' && next === 'setup' && issue.path.includes('groups')) record = 'group';
  const problem: SnapshotProblem = { kind: kindOf(issue, record), record };
  if (!isRecord(data) || typeof list !== 'string' || typeof index !== 'number') return problem;

  const row: unknown = Array.isArray(data[list]) ? (data[list] as unknown[])[index] : undefined;
  const workshopTitle =
    list === 'workshops'
      ? titleOf(data, (_, i) => i === index)
      : isRecord(row) && typeof row.workshopId === 'string'
        ? titleOf(data, (w) => w.id === row.workshopId)
        : undefined;
  return workshopTitle === undefined ? problem : { ...problem, workshopTitle };
}
