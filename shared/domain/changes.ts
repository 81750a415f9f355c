import type { Position } from './matrix';
import type { ParticipantFields } from './participant';
import type { Phase } from './phase';
import type { RoundFields } from './round';
import type { VoteValue } from './vote';
import type { WorkshopSetup } from './workshop';

/**
 * Every change to a workshop as a serialisable record: what it touches, and the value before
 * (`from`) and after (`to`); null means "no such row". The board, the keyboard, the participant
 * list and — later — the local network all produce these records; one function writes them and
 * undo/redo replay their inverses. Timestamps are not part of a change: they are set on writing.
 */
export type AtomicChange =
  | {
      kind: 'placement.set';
      workshopId: string;
      modelId: string;
      from: Position | null;
      to: Position | null;
    }
  | {
      kind: 'vote.set';
      workshopId: string;
      round: number;
      participantId: string;
      modelId: string;
      from: VoteValue | null;
      to: VoteValue | null;
    }
  | {
      kind: 'participant.set';
      workshopId: string;
      participantId: string;
      from: ParticipantFields | null;
      to: ParticipantFields | null;
    }
  | {
      kind: 'round.set';
      workshopId: string;
      round: number;
      from: RoundFields | null;
      to: RoundFields | null;
    }
  | { kind: 'setup.set'; workshopId: string; from: WorkshopSetup; to: WorkshopSetup }
  | { kind: 'phase.set'; workshopId: string; from: Phase; to: Phase };

/** What a batch of changes did as one user action, for undo's announcements. */
export type BatchLabel =
  'participant.remove' | 'round.open' | 'round.revision' | 'median.accept' | 'median.acceptAll';

/** Several changes made by one user action, undone and redone together. */
export type BatchChange = {
  kind: 'batch';
  workshopId: string;
  label: BatchLabel;
  changes: AtomicChange[];
};

export type Change = AtomicChange | BatchChange;
export type ChangeKind = Change['kind'];

/** The atomic changes of a change, in the order they apply. */
export function atomsOf(change: Change): AtomicChange[] {
  return change.kind === 'batch' ? change.changes : [change];
}

/**
 * The change that undoes `change`: from and to swapped, and a batch's parts in reverse order,
 * so applying a change and then its inverse leaves every row as it was.
 */
export function invert(change: Change): Change {
  if (change.kind === 'batch') {
    return { ...change, changes: [...change.changes].reverse().map(invertAtom) };
  }
  return invertAtom(change);
}

function invertAtom(change: AtomicChange): AtomicChange {
  // The spread keeps the kind and the keys; only the two values trade places.
  return { ...change, from: change.to, to: change.from } as AtomicChange;
}

/**
 * Whether a change may be applied to a row whose value is `current`: only when the row is
 * still where `from` says. Undo relies on this to skip a change whose target someone has moved
 * since, instead of overwriting their work.
 */
export function applies(change: AtomicChange, current: unknown): boolean {
  return sameValue(current ?? null, change.from);
}

/** Whether a change changes nothing (a model dropped where it was, a rename to the same name). */
export function isNoOp(change: Change): boolean {
  return atomsOf(change).every((atom) => sameValue(atom.from, atom.to));
}

/**
 * Equality of plain data (numbers, strings, booleans, null, arrays, plain objects), the only
 * values changes hold. Key order does not matter; a missing key differs from one set to null.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
