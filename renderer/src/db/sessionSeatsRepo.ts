// What the facilitator's app keeps to give participants their seats back when the session
// server restarts: per person the seat number and the SHA-256 digest of their device token as
// the server reported it (never the token itself). Kept in the settings table, one key per
// workshop, so the database stays the single source of truth without a schema change.
import { ID_PATTERN, MAX_SEATS, TOKEN_DIGEST_PATTERN } from '@shared/protocol/limits';
import { db, type WorkshopDatabase } from './db';

export type KeptSeat = { participantId: string; tokenDigest: string; seat: number };

const keyOf = (workshopId: string) => `sessionSeats:${workshopId}`;

/** Only well-formed entries: the stored value is read back as untrusted data. */
function keptSeats(value: unknown): KeptSeat[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is KeptSeat =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as KeptSeat).participantId === 'string' &&
      ID_PATTERN.test((entry as KeptSeat).participantId) &&
      typeof (entry as KeptSeat).tokenDigest === 'string' &&
      TOKEN_DIGEST_PATTERN.test((entry as KeptSeat).tokenDigest) &&
      Number.isInteger((entry as KeptSeat).seat) &&
      (entry as KeptSeat).seat >= 1,
  );
}

export function createSessionSeatsRepo(database: WorkshopDatabase) {
  return {
    async list(workshopId: string): Promise<KeptSeat[]> {
      const row = await database.settings.get(keyOf(workshopId));
      return keptSeats(row?.value);
    },

    /** Keeps one person's seat (replacing an older one of theirs), newest last, bounded. */
    async keep(workshopId: string, seat: KeptSeat): Promise<void> {
      await database.transaction('rw', database.settings, async () => {
        const row = await database.settings.get(keyOf(workshopId));
        const others = keptSeats(row?.value).filter((s) => s.participantId !== seat.participantId);
        const value = [...others, seat].slice(-MAX_SEATS);
        await database.settings.put({ key: keyOf(workshopId), value });
      });
    },

    /** The session ended: every token stopped working, nothing to restore. */
    async clear(workshopId: string): Promise<void> {
      await database.settings.delete(keyOf(workshopId));
    },
  };
}

export const sessionSeatsRepo = createSessionSeatsRepo(db);
