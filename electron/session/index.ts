/*
 * The local-network session server: participants join a workshop from their own phones and
 * laptops, with no internet and no accounts.
 *
 * Plain Node (node:http and ws), never Electron: it runs and is tested in Node, and
 * `npm run session` starts it without the desktop app.
 *
 * Roles. The host is the facilitator's app. It connects over loopback (its own listener on
 * 127.0.0.1, path /host) with the host token and is the single source of truth: its database
 * holds the rounds and votes. Participants connect to the one interface the facilitator chose
 * (default 127.0.0.1, never every interface), path /ws. The server is a relay: it checks each
 * participant change (zod, the open round, the models in play, the person's own answers),
 * gives it a change id and passes it to the host; the host answers every change with an ack.
 * The server keeps only what a reconnecting device needs: the round and its status, the models
 * in play, the released pooled view, and each person's own answers as the host confirmed them.
 *
 * Host away. Changes queue in order, coalesced per person and answer (the newest answer for a
 * model replaces an unsent older one), bounded by `maxPendingChanges`; beyond it changes are
 * refused with `host-away`. Devices see their queued answers with `unsaved` and
 * `hostPresent: false`. When the host says hello again, every change it has not acknowledged
 * is sent again in order (host writes are idempotent), so nothing is lost.
 *
 * Joining. A 6-character code from an unambiguous alphabet is exchanged for a random device
 * token (192 bits, base64url) the device keeps; `resume` with the token returns the person to
 * the same seat with their answers. Every (re)connect gets the full view. Only SHA-256 digests
 * of tokens are kept and compared in constant time. A token removed by the host answers
 * `token-expired`; every token ends with the session.
 *
 * Blind rounds. A device only ever receives its own answers; the pooled view reaches devices
 * only once the host releases it for a revealed round. A lock stops changes at once; lock,
 * reveal and a new round reach every device in one pass. The host gets, after every change of
 * who is in or done, the count of those not done with their names.
 *
 * Security. Upgrades are checked before `ws` sees them: the path, the Host header (the
 * listener's own address only: 400 otherwise, against DNS rebinding), the Origin (the page's
 * own origin only: 403 otherwise, against cross-site WebSocket hijacking), upgrades per
 * address and open sockets. `maxPayload` is 16 KB for devices (oversize closes with 1009),
 * every message is parsed with a strict zod schema after size and depth checks, and anything
 * unreadable is answered with `invalid-message` while the connection and the server go on.
 * Token buckets limit messages per connection and per address (a flood is refused, then
 * closed with 1008) and wrong join codes per address. Heartbeat pings cut silent sockets;
 * devices must join within `authTimeoutMs` and are closed after `idleTimeoutMs` of silence.
 * HTTP serves a placeholder page (later the page bundle: only files inside its own folder,
 * strict CSP, correct content types) and nothing else.
 */
export { startSessionServer, type SessionServer } from './server';
export { builtBundle } from './bundleFiles';
export { listInterfaces, chooseAddress, type UsableInterface } from './interfaces';
export type { SessionServerOptions, SessionTimings, SessionLimits } from './options';
