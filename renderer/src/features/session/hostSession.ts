// The facilitator's app as host of a session: turns participants' relayed changes into the
// workshop's change records and acks them, and keeps the server's round, answers and pooled
// view in line with the database. Everything runs on one queue, in the order it arrived, so a
// change is written before the next one is read and a sync reads what is on disk.
import { MODELS } from '@shared/catalogue';
import type { HostMessage, ServerToHostMessage } from '@shared/protocol/hostMessages';
import { latestRound } from '@shared/domain/roundChanges';
import { changesRepo } from '../../db/changesRepo';
import { participantsRepo } from '../../db/participantsRepo';
import { roundsRepo } from '../../db/roundsRepo';
import { sessionSeatsRepo } from '../../db/sessionSeatsRepo';
import { votesRepo } from '../../db/votesRepo';
import { workshopsRepo } from '../../db/workshopsRepo';
import { HostSocket, type HostSocketStatus } from './hostSocket';
import {
  helloCommands,
  pooledRelease,
  relayOutcome,
  roundCommands,
  seatAnswers,
  type RelayedMessage,
  type ServerRound,
} from './relayRules';

const MODEL_IDS = MODELS.map((model) => model.id);
const MODEL_SET = new Set(MODEL_IDS);

export type SessionProgress = Extract<ServerToHostMessage, { type: 'progress' }>;
export type HostSnapshot = { status: HostSocketStatus; progress: SessionProgress | null };

export class HostSession {
  private socket: HostSocket | null = null;
  private snapshot: HostSnapshot = { status: 'connecting', progress: null };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private serverRound: ServerRound = null;
  private welcomed = false;
  private seatsToSync = false;

  constructor(
    private readonly workshopId: string,
    private readonly url: string,
    private readonly token: string,
  ) {}

  /** Opens the socket (and keeps reopening it) until `close` or `end`. */
  connect(): void {
    this.socket?.close();
    this.socket = new HostSocket(this.url, this.token, {
      onStatus: (status) => {
        if (status !== 'connected') this.welcomed = false;
        this.update({ status });
      },
      onMessage: (message) => this.receive(message),
    });
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = () => this.snapshot;

  /** Brings the server's round in line with the database (after any round change). */
  syncRounds(): void {
    this.enqueue(() => this.pushRounds());
  }

  /** Shows the newest round's pooled view on participants' devices, once it is revealed. */
  sharePooled(): void {
    this.enqueue(async () => {
      const workshop = await workshopsRepo.get(this.workshopId);
      const round = latestRound(await roundsRepo.listForWorkshop(this.workshopId));
      if (!workshop || round?.state !== 'revealed') return;
      const votes = await votesRepo.listForRound(this.workshopId, round.number);
      this.send(pooledRelease(round.number, votes, MODEL_IDS, workshop.setup.consensusShare));
    });
  }

  /** Tells the server again which groups joining people may choose (after a setup change). */
  syncJoinOptions(): void {
    this.enqueue(async () => {
      if (!this.welcomed) return;
      const workshop = await workshopsRepo.get(this.workshopId);
      if (!workshop) return;
      const [options] = helloCommands(workshop.setup, [], []);
      if (options) this.send(options);
    });
  }

  /** Ends the session on the server: every device is told, every token stops working. */
  end(): void {
    this.send({ type: 'endSession' });
    this.close();
    const { workshopId } = this;
    this.enqueue(() => sessionSeatsRepo.clear(workshopId));
  }

  /** Lets go of the socket without ending the session (participants wait for the host). */
  close(): void {
    this.socket?.close();
    this.socket = null;
    this.welcomed = false;
  }

  private receive(message: ServerToHostMessage): void {
    switch (message.type) {
      case 'hostWelcome':
        this.serverRound = message.round;
        this.welcomed = true;
        this.seatsToSync = true;
        this.enqueue(() => this.pushHello());
        return this.syncRounds();
      case 'participantJoined':
      case 'participantChange':
        return this.enqueue(() => this.apply(message));
      case 'progress':
        this.update({ progress: message });
        if (this.seatsToSync) {
          this.seatsToSync = false;
          this.enqueue(() => this.pushSeats());
        }
        return;
      default:
        return;
    }
  }

  private async apply(message: RelayedMessage): Promise<void> {
    let accepted = false;
    try {
      const [workshop, participants, rounds] = await Promise.all([
        workshopsRepo.get(this.workshopId),
        participantsRepo.listForWorkshop(this.workshopId),
        roundsRepo.listForWorkshop(this.workshopId),
      ]);
      if (workshop) {
        const round = latestRound(rounds);
        const votes = round ? await votesRepo.listForRound(this.workshopId, round.number) : [];
        const outcome = relayOutcome(message, {
          workshopId: this.workshopId,
          setup: workshop.setup,
          participants,
          rounds,
          votes,
          modelIds: MODEL_SET,
          now: Date.now(),
        });
        const { change } = outcome;
        if (change) await changesRepo.record(() => change);
        accepted = outcome.accepted;
        if (accepted && message.type === 'participantJoined') {
          // The token's digest, so a restarted server can give the person their seat back.
          const { participantId, tokenDigest, seat } = message;
          await sessionSeatsRepo.keep(this.workshopId, { participantId, tokenDigest, seat });
        }
      }
    } catch (error) {
      // Not written (e.g. the disk is full): the person is told the change was refused.
      console.error('session: a participant change could not be written', error);
    }
    this.send({ type: 'ack', changeId: message.changeId, accepted });
  }

  /**
   * On every hello: the groups and whether names are asked, and the seats kept in the
   * database, so a restarted server takes its devices back. Their answers follow with the
   * next progress (the server lists the restored seats in it).
   */
  private async pushHello(): Promise<void> {
    if (!this.welcomed) return;
    const [workshop, participants, kept] = await Promise.all([
      workshopsRepo.get(this.workshopId),
      participantsRepo.listForWorkshop(this.workshopId),
      sessionSeatsRepo.list(this.workshopId),
    ]);
    if (!workshop) return;
    for (const command of helloCommands(workshop.setup, participants, kept)) this.send(command);
    this.seatsToSync = true;
  }

  private async pushRounds(): Promise<void> {
    if (!this.welcomed) return;
    const rounds = await roundsRepo.listForWorkshop(this.workshopId);
    const commands = roundCommands(this.serverRound, rounds, MODEL_IDS);
    if (commands.length === 0) return;
    const before = this.serverRound?.number;
    for (const command of commands) this.send(command);
    const latest = latestRound(rounds);
    this.serverRound = latest ? { number: latest.number, status: latest.state } : null;
    if (latest && latest.number !== before) await this.pushSeats();
  }

  /** Each seated person's answers as the database holds them, so the server matches it. */
  private async pushSeats(): Promise<void> {
    const seats = this.snapshot.progress?.seats ?? [];
    const round = latestRound(await roundsRepo.listForWorkshop(this.workshopId));
    if (!this.welcomed || !round || seats.length === 0) return;
    if (this.serverRound?.number !== round.number) return;
    const votes = await votesRepo.listForRound(this.workshopId, round.number);
    const ids = seats.map((seat) => seat.participantId);
    for (const message of seatAnswers(round.number, ids, votes, MODEL_SET)) this.send(message);
  }

  private send(message: HostMessage): void {
    this.socket?.send(message);
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      console.error('session: host task failed', error);
    });
  }

  private update(patch: Partial<HostSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
