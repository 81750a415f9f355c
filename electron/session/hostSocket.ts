// The host's connection: its first message must be a hello with the host token; after that
// its commands and acknowledgements go to the relay.
import type { WebSocket } from 'ws';
import { decodeMessage } from '@shared/protocol/decode';
import { hostMessageSchema, type ServerToHostMessage } from '@shared/protocol/hostMessages';
import { MAX_HOST_MESSAGE_BYTES } from '@shared/protocol/limits';
import { CLOSE_CODES } from './closeCodes';
import { applyHostCommand, hostErrorMessage } from './hostCommands';
import { closingTimer, frameText, socketOutlet, type SocketContext } from './socketContext';

export function serveHost(ws: WebSocket, context: SocketContext, endSession: () => void): void {
  const { relay, timings } = context;
  const outlet = socketOutlet<ServerToHostMessage>(ws);
  const authTimer = closingTimer(ws, timings.authTimeoutMs, CLOSE_CODES.authTimeout, 'hello');
  let authenticated = false;

  ws.on('message', (data, isBinary) => {
    const decoded = isBinary
      ? null
      : decodeMessage(frameText(data), hostMessageSchema, MAX_HOST_MESSAGE_BYTES);
    if (!decoded?.ok) return outlet.send(hostErrorMessage('invalid-message'));
    const message = decoded.message;
    if (!authenticated) {
      const refused =
        message.type === 'hello'
          ? relay.attachHost(message.version, message.token, outlet)
          : 'not-authenticated';
      if (refused) {
        outlet.send(hostErrorMessage(refused));
        return outlet.close(CLOSE_CODES.notAuthenticated, refused);
      }
      authenticated = true;
      return authTimer.clear();
    }
    switch (message.type) {
      case 'hello':
        return outlet.send(hostErrorMessage('invalid-message'));
      case 'ping':
        return outlet.send({ type: 'pong' });
      case 'endSession':
        return endSession();
      default: {
        let refused;
        try {
          refused = applyHostCommand(relay, message);
        } catch (error) {
          console.error('session: host command failed', error);
          refused = 'invalid-message' as const;
        }
        if (refused) {
          const changeId = message.type === 'ack' ? message.changeId : undefined;
          outlet.send(hostErrorMessage(refused, changeId));
        }
      }
    }
  });
  ws.on('close', () => {
    authTimer.clear();
    if (authenticated) relay.detachHost(outlet);
  });
  ws.on('error', () => undefined);
}
