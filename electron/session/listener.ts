// One listening socket: an HTTP server on one address and port with a WebSocket endpoint on
// one path. Upgrades are checked (path, Host, Origin, rate, capacity) before `ws` sees them,
// and closing the listener cuts every socket it ever accepted, so the port is free afterwards.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { answerRequest, type HttpOptions } from './httpResponses';
import type { AddressBook } from './rateLimits';
import { authorityOf, checkUpgrade } from './requestChecks';

export type ListenerOptions = {
  address: string;
  port: number;
  path: string;
  maxPayload: number;
  maxConnections: number;
  /** Host header values besides `address:port` (e.g. `localhost:port` on loopback). */
  hostNames: readonly string[];
  /** Allowed Origin values, given the Host values this listener answers to. */
  origins: (authorities: readonly string[]) => readonly string[];
  http: (authority: string) => Omit<HttpOptions, 'authorities'>;
  book: AddressBook;
  onConnection: (ws: WebSocket, address: string) => void;
};

export type Listener = {
  port: number;
  authority: string;
  sockets: WebSocketServer;
  close(): Promise<void>;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function refuseUpgrade(socket: Duplex, status: number): void {
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
  socket.destroy();
}

function listen(server: Server, port: number, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: address, exclusive: true }, () => {
      server.off('error', reject);
      const bound = server.address();
      resolve(typeof bound === 'object' && bound ? bound.port : port);
    });
  });
}

export async function openListener(options: ListenerOptions): Promise<Listener> {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload });
  const open = new Set<Socket>();
  const server = createServer();
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  const port = await listen(server, options.port, options.address);
  const authority = authorityOf(options.address, port);
  const authorities = [authority, ...options.hostNames.map((name) => `${name}:${port}`)];
  const origins = options.origins(authorities);
  const http = { ...options.http(authority), authorities };

  server.on('request', (req, res) => {
    answerRequest(req, res, http).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const address = req.socket.remoteAddress ?? '';
    const refusal = checkUpgrade(
      { url: req.url, host: req.headers.host, origin: req.headers.origin },
      { path: options.path, authorities, origins },
    );
    if (refusal) return refuseUpgrade(socket, refusal.status);
    if (!options.book.of(address).upgrades.take()) return refuseUpgrade(socket, 429);
    if (sockets.clients.size >= options.maxConnections) return refuseUpgrade(socket, 503);
    sockets.handleUpgrade(req, socket, head, (ws) => {
      sockets.emit('connection', ws, req);
      options.onConnection(ws, address);
    });
  });

  return {
    port,
    authority,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of open) socket.destroy();
      }),
  };
}
