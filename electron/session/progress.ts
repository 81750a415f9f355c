// What the host is told about the people in the session: who is connected and, for the open
// round, how many have not said they are done, with their names (the host decides whether a
// shared screen shows the names or only the count).
import type { ServerToHostMessage } from '@shared/protocol/hostMessages';
import type { RoundInfo, Seat } from './seat';

type ProgressMessage = Extract<ServerToHostMessage, { type: 'progress' }>;

export function progressMessage(round: RoundInfo | null, seats: Iterable<Seat>): ProgressMessage {
  const all = [...seats].sort((a, b) => a.seat - b.seat);
  const notReady = all.filter((seat) => !seat.ready);
  return {
    type: 'progress',
    round: round?.number ?? null,
    seats: all.map((seat) => ({
      participantId: seat.participantId,
      seat: seat.seat,
      name: seat.name,
      connected: seat.outlet !== null,
      ready: seat.ready,
    })),
    notReady: {
      count: notReady.length,
      names: notReady.map(({ participantId, seat, name }) => ({ participantId, seat, name })),
    },
  };
}
