// The session between the devices and the host, without sockets: the socket layer hands it
// parsed messages and an outlet per connection. The host (the facilitator's app) holds the
// truth; the relay checks participants' changes, queues them for the host in order, and keeps
// only what a reconnecting device needs: the round, the models in play, the released pooled
// view and each person's own host-confirmed answers.
import { SESSION_ERROR_MESSAGES, type SessionErrorCode } from '@shared/protocol/errors';
import type { HostMessage, RelayedChange } from '@shared/protocol/hostMessages';
import { PROTOCOL_VERSION } from '@shared/protocol/limits';
import type { AnswerMessage, ParticipantMessage } from '@shared/protocol/participantMessages';
import type { PooledView } from '@shared/protocol/pooledView';
import type { ClosingReason, JoinOptions, ParticipantView } from '@shared/protocol/serverMessages';
import { LOCALES } from '@shared/i18n/locales';
import { changeKey, checkAnswer } from './answers';
import { CLOSE_CODES } from './closeCodes';
import { PendingChanges, type RelayMessage } from './pendingChanges';
import { effectiveAnswers, participantView } from './participantView';
import { progressMessage } from './progress';
import { SeatBook } from './seatBook';
import { digestOf, matchesDigest } from './secrets';
import type { HostOutlet, ParticipantOutlet, RoundInfo, Seat } from './seat';

type JoinMessage = Extract<ParticipantMessage, { type: 'join' }>;
type ReadyMessage = Extract<ParticipantMessage, { type: 'ready' }>;
export type Admission = { ok: true; seat: Seat } | { ok: false; code: SessionErrorCode };

export type RelayLimits = { maxSeats: number; maxPendingChanges: number };
type RestoreSeats = Extract<HostMessage, { type: 'restoreSeats' }>;

export class SessionRelay {
  readonly seats = new SeatBook();
  readonly pending: PendingChanges;
  round: RoundInfo | null = null;
  models: string[] = [];
  modelSet = new Set<string>();
  pooled: PooledView | null = null;
  joining = true;
  /** What the host last said joining people may choose; until it says, any group and a name. */
  joinOptions: JoinOptions & { known: boolean } = { groups: [], names: true, known: false };
  host: HostOutlet | null = null;
  private readonly joinCodeDigest: Buffer;
  private readonly hostTokenDigest: Buffer;
  private nextChangeId = 1;

  constructor(
    joinCode: string,
    hostToken: string,
    private readonly limits: RelayLimits,
    /**
     * A server continuing a session after a restart: until the host hands back the seats it
     * kept, a token the server does not know may be one of them, so the device is asked to
     * try again shortly rather than told its seat is gone.
     */
    private awaitingSeats = false,
  ) {
    this.joinCodeDigest = digestOf(joinCode);
    this.hostTokenDigest = digestOf(hostToken);
    this.pending = new PendingChanges(limits.maxPendingChanges);
  }

  /** A new device with the join code: a seat, a token and the full view, or why not. */
  join(message: JoinMessage, outlet: ParticipantOutlet): Admission {
    if (message.version !== PROTOCOL_VERSION) return { ok: false, code: 'unsupported-version' };
    if (!matchesDigest(message.code, this.joinCodeDigest)) return { ok: false, code: 'wrong-code' };
    if (!this.joining) return { ok: false, code: 'room-locked' };
    if (this.seats.size >= this.limits.maxSeats) return { ok: false, code: 'room-full' };
    if (this.pending.size >= this.limits.maxPendingChanges) return { ok: false, code: 'host-away' };
    const groupId = message.groupId ?? null;
    const { groups, names, known } = this.joinOptions;
    if (groupId !== null && known && !groups.some((group) => group.id === groupId)) {
      return { ok: false, code: 'unknown-group' };
    }
    // An anonymous workshop asks for no name: one sent anyway is not passed on.
    const name = names ? (message.name ?? '') : '';
    const { seat, token } = this.seats.add({ name, groupId, language: message.language }, outlet);
    this.welcome(seat, token);
    const { participantId, language } = seat;
    this.enqueue(null, participantId, {
      type: 'participantJoined',
      changeId: 0,
      participantId,
      seat: seat.seat,
      name: seat.name,
      groupId: seat.groupId,
      language,
      tokenDigest: seat.tokenDigest.toString('base64url'),
    });
    this.sendProgress();
    return { ok: true, seat };
  }

  /** A device that joined before: back to its seat with its answers, the older link closed. */
  resume(version: number, token: string, outlet: ParticipantOutlet): Admission {
    if (version !== PROTOCOL_VERSION) return { ok: false, code: 'unsupported-version' };
    const seat = this.seats.findByToken(token);
    if (seat === 'unknown-token' && this.awaitingSeats)
      return { ok: false, code: 'session-starting' };
    if (typeof seat === 'string') return { ok: false, code: seat };
    if (seat.outlet && seat.outlet !== outlet) {
      seat.outlet.send({ type: 'closing', reason: 'replaced' });
      seat.outlet.close(CLOSE_CODES.replaced, 'replaced');
    }
    seat.outlet = outlet;
    this.welcome(seat, token);
    this.sendProgress();
    return { ok: true, seat };
  }

  /** What a device may choose before joining, for the right join code only. */
  optionsFor(version: number, code: string): JoinOptions | SessionErrorCode {
    if (version !== PROTOCOL_VERSION) return 'unsupported-version';
    if (!matchesDigest(code, this.joinCodeDigest)) return 'wrong-code';
    const { groups, names } = this.joinOptions;
    return { groups, names };
  }

  /** The host's seats of the session this server continues; devices may resume into them. */
  restoreSeats(message: RestoreSeats): void {
    const kept = message.seats.map((entry) => ({
      participantId: entry.participantId,
      seat: entry.seat,
      name: this.joinOptions.names ? entry.name : '',
      tokenDigest: Buffer.from(entry.tokenDigest, 'base64url'),
    }));
    this.seats.restore(kept, this.limits.maxSeats, LOCALES[0]);
    this.awaitingSeats = false;
  }

  /** The device's connection closed; the seat waits for it to resume. */
  detach(seat: Seat, outlet: ParticipantOutlet): void {
    if (seat.outlet !== outlet) return;
    seat.outlet = null;
    this.sendProgress();
  }

  /** A change to the person's answers: checked, queued for the host, and the view sent back. */
  answer(seat: Seat, outlet: ParticipantOutlet, message: AnswerMessage | ReadyMessage): void {
    // A connection that was replaced or removed speaks for nobody any more.
    if (seat.outlet !== outlet || !this.seats.has(seat.participantId)) return;
    const round = this.round?.number ?? null;
    const own = effectiveAnswers(seat, round, this.pending.of(seat.participantId));
    const check = checkAnswer(message, this.round, this.modelSet, own.answers);
    const modelId = message.type === 'ready' ? undefined : message.modelId;
    if (!check.ok) {
      this.sendError(seat, check.code, modelId);
      return;
    }
    const queued = this.relayChange(seat, message.round, check.change);
    if (!queued) this.sendError(seat, 'host-away', modelId);
    this.sendView(seat);
  }

  /** Queues a participant change for the host; false when the queue is full. */
  private relayChange(seat: Seat, round: number, change: RelayedChange): boolean {
    const { participantId } = seat;
    return this.enqueue(changeKey(participantId, round, change), participantId, {
      type: 'participantChange',
      changeId: 0,
      participantId,
      round,
      change,
    });
  }

  /** The host's hello: the token must match; an older host connection is closed. */
  attachHost(version: number, token: string, outlet: HostOutlet): SessionErrorCode | null {
    if (version !== PROTOCOL_VERSION) return 'unsupported-version';
    if (!matchesDigest(token, this.hostTokenDigest)) return 'wrong-host-token';
    if (this.host && this.host !== outlet) this.host.close(CLOSE_CODES.replaced, 'replaced');
    this.host = outlet;
    this.pending.markAllUnsent();
    outlet.send({
      type: 'hostWelcome',
      round: this.round ? { ...this.round } : null,
      models: [...this.models],
      joining: this.joining,
      pending: this.pending.size,
    });
    this.flush();
    this.sendProgress();
    this.broadcastViews();
    return null;
  }

  /** The host's connection closed: changes wait, devices are told the host is away. */
  detachHost(outlet: HostOutlet): void {
    if (this.host !== outlet) return;
    this.host = null;
    this.pending.markAllUnsent();
    this.broadcastViews();
  }

  /** Ends a person's place: the token stops working, waiting changes the host never saw go. */
  removeSeat(seat: Seat, reason: ClosingReason): void {
    this.seats.revoke(seat);
    this.pending.dropUnsentOf(seat.participantId);
    seat.outlet?.send({ type: 'closing', reason });
    seat.outlet?.close(CLOSE_CODES.removed, reason);
    seat.outlet = null;
    this.sendProgress();
  }

  /** Every device and the host are told why and closed; every token stops working. */
  closeAll(reason: ClosingReason, code: number): void {
    for (const seat of [...this.seats.values()]) {
      seat.outlet?.send({ type: 'closing', reason });
      seat.outlet?.close(code, reason);
      seat.outlet = null;
      this.seats.revoke(seat);
    }
    this.host?.close(code, reason);
    this.host = null;
  }

  sendView(seat: Seat): void {
    seat.outlet?.send({ type: 'state', view: this.viewOf(seat) });
  }

  /** Every device gets its view in one pass, so a lock or a reveal reaches all at once. */
  broadcastViews(): void {
    for (const seat of this.seats.values()) this.sendView(seat);
  }

  sendError(seat: Seat, code: SessionErrorCode, modelId?: string): void {
    const message = SESSION_ERROR_MESSAGES[code];
    seat.outlet?.send({ type: 'error', code, message, ...(modelId ? { modelId } : {}) });
  }

  sendProgress(): void {
    this.host?.send(progressMessage(this.round, this.seats.values()));
  }

  private viewOf(seat: Seat): ParticipantView {
    const shared = {
      round: this.round,
      models: this.models,
      pooled: this.pooled,
      hostPresent: this.host !== null,
    };
    return participantView(seat, shared, this.pending.of(seat.participantId));
  }

  private welcome(seat: Seat, token: string): void {
    const { participantId } = seat;
    const view = this.viewOf(seat);
    seat.outlet?.send({ type: 'welcome', token, participantId, seat: seat.seat, view });
  }

  private enqueue(key: string | null, participantId: string, message: RelayMessage): boolean {
    const changeId = this.nextChangeId++;
    const change = { changeId, participantId, key, sent: false, message: { ...message, changeId } };
    if (!this.pending.add(change)) return false;
    this.flush();
    return true;
  }

  private flush(): void {
    if (!this.host) return;
    for (const change of this.pending.unsent()) {
      change.sent = true;
      this.host.send(change.message);
    }
  }
}
