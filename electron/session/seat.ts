// What the server keeps per person and per connection: the least it needs to answer a device
// that reconnects. The host's database is the truth; these mirror what the host confirmed.
import type { Locale } from '@shared/catalogue/types';
import type { RoundState } from '@shared/domain/round';
import type { VoteValue } from '@shared/domain/vote';
import type { ServerToHostMessage } from '@shared/protocol/hostMessages';
import type { ServerMessage } from '@shared/protocol/serverMessages';

/** Where messages to one connection go; the socket layer makes one per connection. */
export type Outlet<M> = {
  send(message: M): void;
  close(code: number, reason: string): void;
};
export type ParticipantOutlet = Outlet<ServerMessage>;
export type HostOutlet = Outlet<ServerToHostMessage>;

export type Seat = {
  participantId: string;
  /** 1-based, in the order people joined. */
  seat: number;
  name: string;
  groupId: string | null;
  language: Locale;
  /** SHA-256 of the device token; the token itself is never stored. */
  tokenDigest: Buffer;
  /** The device's current connection, null while it is away. */
  outlet: ParticipantOutlet | null;
  /** The person's answers in the current round, as the host confirmed them. */
  answers: Map<string, VoteValue>;
  /** Whether the host recorded the person as done with the current round. */
  ready: boolean;
};

export type RoundInfo = { number: number; status: RoundState };
