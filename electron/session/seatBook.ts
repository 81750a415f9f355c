// The people in the session, by participant id, and the digests of every token that has
// stopped working (so a device can be told its place ended rather than that it is unknown).
import { randomUUID } from 'node:crypto';
import type { Locale } from '@shared/catalogue/types';
import { digestOf, findByDigest, makeToken } from './secrets';
import type { ParticipantOutlet, Seat } from './seat';

export type NewSeat = { name: string; groupId: string | null; language: Locale };
/** A seat the host kept from before the server restarted: only its token's digest. */
export type KeptSeat = { participantId: string; seat: number; name: string; tokenDigest: Buffer };

export class SeatBook {
  private readonly seats = new Map<string, Seat>();
  private readonly revoked: { tokenDigest: Buffer }[] = [];
  private nextSeat = 1;

  get size(): number {
    return this.seats.size;
  }

  get(participantId: string): Seat | undefined {
    return this.seats.get(participantId);
  }

  has(participantId: string): boolean {
    return this.seats.has(participantId);
  }

  values(): IterableIterator<Seat> {
    return this.seats.values();
  }

  /** A new seat with a fresh device token; only the token's digest is kept. */
  add(details: NewSeat, outlet: ParticipantOutlet): { seat: Seat; token: string } {
    const token = makeToken();
    const seat: Seat = {
      ...details,
      participantId: randomUUID(),
      seat: this.nextSeat++,
      tokenDigest: digestOf(token),
      outlet,
      answers: new Map(),
      ready: false,
    };
    this.seats.set(seat.participantId, seat);
    return { seat, token };
  }

  /**
   * Seats the host kept, back with no device and no answers (the host sends those next). A
   * participant already seated, a digest already in use or revoked, and any seat beyond
   * `maxSeats` are skipped. Returns how many were taken back.
   */
  restore(kept: readonly KeptSeat[], maxSeats: number, language: Locale): number {
    let restored = 0;
    const inUse = [...this.seats.values(), ...this.revoked];
    for (const entry of kept) {
      if (this.seats.size >= maxSeats) break;
      if (this.seats.has(entry.participantId)) continue;
      if (inUse.some(({ tokenDigest }) => tokenDigest.equals(entry.tokenDigest))) continue;
      const seat: Seat = {
        ...entry,
        groupId: null,
        language,
        outlet: null,
        answers: new Map(),
        ready: false,
      };
      this.seats.set(seat.participantId, seat);
      inUse.push(seat);
      this.nextSeat = Math.max(this.nextSeat, entry.seat + 1);
      restored++;
    }
    return restored;
  }

  /** The seat a token belongs to, or whether the token once worked. */
  findByToken(token: string): Seat | 'token-expired' | 'unknown-token' {
    const seat = findByDigest(token, this.seats.values());
    if (seat) return seat;
    return findByDigest(token, this.revoked) ? 'token-expired' : 'unknown-token';
  }

  /** Ends a seat: its token stops working. */
  revoke(seat: Seat): void {
    this.seats.delete(seat.participantId);
    this.revoked.push({ tokenDigest: seat.tokenDigest });
  }
}
