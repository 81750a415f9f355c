// A server for the session bench, in its own process so its CPU time and memory are its own:
// `session` runs the real session server, `echo` a bare ws server that sends every message
// back (the peer the session figures are compared with). Prints one JSON line, then serves
// until SIGTERM.
import { WebSocketServer } from 'ws';
import { startSessionServer } from '../../electron/session/server';

/**
 * The bench's 250 devices all come from 127.0.0.1, where a room has one address per phone:
 * the per-address limits are raised to what 250 devices together may send. Per-connection
 * limits stay as shipped.
 */
const ONE_ADDRESS_FOR_ALL = {
  perAddress: { burst: 5_000, perSecond: 2_500 },
  upgradesPerAddress: { burst: 1_000, perSecond: 250 },
  failedJoinsPerAddress: { burst: 1_000, perSecond: 250 },
};

async function main(kind: string | undefined) {
  if (kind === 'echo') {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 16 * 1024 });
    server.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    console.log(JSON.stringify({ url: `ws://127.0.0.1:${port}/` }));
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
    return;
  }
  const server = await startSessionServer({ limits: ONE_ADDRESS_FOR_ALL });
  console.log(
    JSON.stringify({
      url: `${server.joinUrl.replace(/^http/, 'ws')}ws`,
      joinCode: server.joinCode,
      hostUrl: server.hostSocketUrl,
      hostToken: server.hostToken,
    }),
  );
  process.once('SIGTERM', () => void server.stop('server-stopping').then(() => process.exit(0)));
}

void main(process.argv[2]);
