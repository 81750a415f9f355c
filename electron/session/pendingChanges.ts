// Changes relayed to the host and not yet acknowledged, in the order they were made. While the
// host is away they wait here; when it says hello again every one is sent again, so a change
// the host never answered is never lost. Host writes are idempotent (a vote is set to a value,
// a join names its participant id), so a change sent twice does no harm.
import type { ServerToHostMessage } from '@shared/protocol/hostMessages';

export type RelayMessage = Extract<
  ServerToHostMessage,
  { type: 'participantJoined' | 'participantChange' }
>;

export type PendingChange = {
  changeId: number;
  participantId: string;
  /**
   * Changes with the same key replace each other while unsent (the newer answer for the same
   * model wins), which keeps the queue within people × models however long the host is away.
   * Joins have none: they are never replaced.
   */
  key: string | null;
  sent: boolean;
  message: RelayMessage;
};

export class PendingChanges {
  private items: PendingChange[] = [];

  constructor(private readonly max: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Queues `change`, replacing an unsent one with its key; false when the queue is full. */
  add(change: PendingChange): boolean {
    const replaced =
      change.key === null
        ? -1
        : this.items.findIndex((item) => !item.sent && item.key === change.key);
    if (replaced >= 0) this.items.splice(replaced, 1);
    else if (this.items.length >= this.max) return false;
    this.items.push(change);
    return true;
  }

  /** Removes and returns the change the host answered. */
  take(changeId: number): PendingChange | undefined {
    const index = this.items.findIndex((item) => item.changeId === changeId);
    return index < 0 ? undefined : this.items.splice(index, 1)[0];
  }

  /** The changes not yet sent to the present host, oldest first. */
  unsent(): PendingChange[] {
    return this.items.filter((item) => !item.sent);
  }

  /** One person's changes, oldest first. */
  of(participantId: string): PendingChange[] {
    return this.items.filter((item) => item.participantId === participantId);
  }

  /** The host went away: whatever it did not answer must be sent to it again. */
  markAllUnsent(): void {
    for (const item of this.items) item.sent = false;
  }

  /** Drops a removed person's changes that the host has not seen. */
  dropUnsentOf(participantId: string): void {
    this.items = this.items.filter((item) => item.sent || item.participantId !== participantId);
  }
}
