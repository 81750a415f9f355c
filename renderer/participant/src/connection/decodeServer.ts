// The page's one door for what the server sends: every frame is parsed with the protocol's
// strict schema before anything reads it. Loaded in its own chunk (zod is most of it) while
// the socket opens, so the join form shows without waiting for it.
import { decodeMessage, type Decoded } from '@shared/protocol/decode';
import { MAX_HOST_MESSAGE_BYTES } from '@shared/protocol/limits';
import { serverMessageSchema, type ServerMessage } from '@shared/protocol/serverMessages';

/** A view with a released pooled view of every model fits well within the host's own limit. */
const MAX_SERVER_MESSAGE_BYTES = MAX_HOST_MESSAGE_BYTES;

export function decodeServerMessage(text: string): Decoded<ServerMessage> {
  return decodeMessage(text, serverMessageSchema, MAX_SERVER_MESSAGE_BYTES);
}
