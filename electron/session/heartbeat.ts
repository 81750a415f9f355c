// Pings every socket each interval; one that has not answered the previous ping is cut off, so
// a phone that left the network does not hold its connection open for ever.
import type { WebSocket, WebSocketServer } from 'ws';

export function startHeartbeat(
  servers: readonly WebSocketServer[],
  intervalMs: number,
): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  const watch = (ws: WebSocket) => {
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
  };
  for (const server of servers) server.on('connection', watch);
  const timer = setInterval(() => {
    for (const server of servers) {
      for (const ws of server.clients) {
        if (alive.get(ws) === false) {
          ws.terminate();
          continue;
        }
        alive.set(ws, false);
        ws.ping();
      }
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const server of servers) server.off('connection', watch);
  };
}
