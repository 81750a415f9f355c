// The local-network session under a full room: 250 devices on loopback, each moving a card every
// 2 s, with the host acknowledging every change. Compared with a bare ws echo server carrying
// the same traffic in the same run, each server in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MODELS } from '../shared/catalogue';
import { PROTOCOL_VERSION } from '../shared/protocol/limits';
import { BENCH_OUT } from './browser/build';
import { recordFigures, type Figure } from './results';
import { median, p95, round } from './stats';

const DEVICES = 250;
const INTERVAL_MS = 2_000;
/** Seconds of load per server; BENCH_SESSION_SECONDS shortens it when trying the bench out. */
const SECONDS = Number(process.env.BENCH_SESSION_SECONDS ?? 60);
const LATENCY_BUDGET_MS = 100;
const MODEL_IDS = MODELS.map((model) => model.id);

type Started = { child: ChildProcess; info: Record<string, string> };
type Load = {
  latencies: number[];
  errors: number;
  unanswered: number;
  cpuShare: number;
  rssStartKb: number;
  rssEndKb: number;
};

const figures: Figure[] = [];
let script: string;

beforeAll(async () => {
  const outDir = resolve(BENCH_OUT, 'session');
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': resolve(import.meta.dirname, '../shared') } },
    build: {
      ssr: resolve(import.meta.dirname, 'session/serverProcess.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'server.mjs' } },
    },
  });
  script = resolve(outDir, 'server.mjs');
}, 60_000);

afterAll(async () => {
  await recordFigures({ group: 'session', figures, expected: 4 });
});

async function startServer(kind: 'session' | 'echo'): Promise<Started> {
  const child = spawn(process.execPath, [script, kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await new Promise<string[]>((done) =>
    createInterface({ input: child.stdout! }).once('line', (text) => done([text])),
  );
  return { child, info: JSON.parse(line ?? '{}') as Record<string, string> };
}

async function stopServer({ child }: Started): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** CPU seconds the process has used (user + system), from /proc. */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; 100 Hz.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

const opened = (ws: WebSocket) =>
  new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });

/** Runs the load for SECONDS against a started server, then samples its CPU and memory. */
async function runLoad(
  server: Started,
  connect: () => Promise<{ move: (seq: number) => void; close: () => void }[]>,
  pending: Map<string, number>,
  counts: { errors: number },
): Promise<Load> {
  const pid = server.child.pid ?? 0;
  const devices = await connect();
  const rssStartKb = await rssKb(pid);
  const cpuStart = await cpuSeconds(pid);
  const wallStart = performance.now();
  const latencies: number[] = [];
  pending.clear();
  const timers = devices.map((device, index) => {
    let seq = 0;
    // Spread the devices over the interval, as a room's phones would be.
    const first = setTimeout(
      () => {
        device.move(seq++);
        timers[index] = setInterval(() => device.move(seq++), INTERVAL_MS);
      },
      (index * INTERVAL_MS) / devices.length,
    );
    return first as ReturnType<typeof setTimeout> | ReturnType<typeof setInterval>;
  });
  await new Promise((done) => setTimeout(done, SECONDS * 1000));
  timers.forEach((timer) => clearInterval(timer));
  await new Promise((done) => setTimeout(done, 500));
  const cpuShare = (await cpuSeconds(pid)) - cpuStart;
  const wall = (performance.now() - wallStart) / 1000;
  const rssEndKb = await rssKb(pid);
  devices.forEach((device) => device.close());
  return {
    latencies: (pending as Map<string, number> & { done?: number[] }).done ?? latencies,
    errors: counts.errors,
    unanswered: pending.size,
    cpuShare: cpuShare / wall,
    rssStartKb,
    rssEndKb,
  };
}

/** 250 echo clients: each message comes back to its sender; latency is the round trip. */
async function echoLoad(): Promise<Load> {
  const server = await startServer('echo');
  const pending = new Map<string, number>() as Map<string, number> & { done: number[] };
  pending.done = [];
  const counts = { errors: 0 };
  try {
    return await runLoad(
      server,
      async () =>
        Promise.all(
          Array.from({ length: DEVICES }, async (_, index) => {
            const ws = new WebSocket(server.info.url ?? '');
            await opened(ws);
            ws.on('message', (data) => {
              const key = String(JSON.parse(String(data)).key);
              const sent = pending.get(key);
              if (sent === undefined) return;
              pending.delete(key);
              pending.done.push(performance.now() - sent);
            });
            ws.on('error', () => (counts.errors += 1));
            return {
              move: (seq: number) => {
                const key = `${index}:${seq}`;
                pending.set(key, performance.now());
                ws.send(
                  JSON.stringify({
                    type: 'move',
                    key,
                    round: 1,
                    modelId: MODEL_IDS[index % MODEL_IDS.length],
                    position: { x: (seq % 100) / 100, y: 0.5 },
                  }),
                );
              },
              close: () => ws.terminate(),
            };
          }),
        ),
      pending,
      counts,
    );
  } finally {
    await stopServer(server);
  }
}

/**
 * The session: a host that acknowledges every change, 250 devices that join with the code,
 * place one model and then move it. Latency is a device's send to the host's receipt of the
 * relayed change; errors are error messages to devices or the host.
 */
async function sessionLoad(): Promise<Load> {
  const server = await startServer('session');
  const pending = new Map<string, number>() as Map<string, number> & { done: number[] };
  pending.done = [];
  const counts = { errors: 0 };
  const host = new WebSocket(server.info.hostUrl ?? '');
  await opened(host);
  host.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'hostError') counts.errors += 1;
    if (message.type === 'participantJoined' || message.type === 'participantChange') {
      host.send(JSON.stringify({ type: 'ack', changeId: message.changeId, accepted: true }));
    }
    if (message.type === 'participantChange' && message.change.kind === 'vote') {
      const { x } = message.change.value;
      const key = `${message.participantId}:${message.change.modelId}:${x}`;
      const sent = pending.get(key);
      if (sent === undefined) return;
      pending.delete(key);
      pending.done.push(performance.now() - sent);
    }
  });
  host.send(
    JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, token: server.info.hostToken }),
  );
  host.send(JSON.stringify({ type: 'openRound', round: 1, modelIds: MODEL_IDS }));
  try {
    return await runLoad(
      server,
      async () => {
        const devices = [];
        // Join in small groups, as people do when the code goes up.
        for (let start = 0; start < DEVICES; start += 25) {
          devices.push(
            ...(await Promise.all(
              Array.from({ length: Math.min(25, DEVICES - start) }, async (_, offset) => {
                const index = start + offset;
                const ws = new WebSocket(server.info.url ?? '');
                await opened(ws);
                const modelId = MODEL_IDS[index % MODEL_IDS.length] ?? '';
                const welcome = new Promise<string>((done) =>
                  ws.on('message', (data) => {
                    const message = JSON.parse(String(data));
                    if (message.type === 'welcome') done(message.participantId);
                    if (message.type === 'error') counts.errors += 1;
                  }),
                );
                ws.send(
                  JSON.stringify({
                    type: 'join',
                    version: PROTOCOL_VERSION,
                    code: server.info.joinCode,
                    language: 'sv',
                  }),
                );
                const participantId = await welcome;
                return {
                  move: (seq: number) => {
                    const x = (seq % 100) / 100;
                    pending.set(`${participantId}:${modelId}:${x}`, performance.now());
                    const type = seq === 0 ? 'place' : 'move';
                    ws.send(JSON.stringify({ type, round: 1, modelId, position: { x, y: 0.5 } }));
                  },
                  close: () => ws.terminate(),
                };
              }),
            )),
          );
        }
        return devices;
      },
      pending,
      counts,
    );
  } finally {
    host.terminate();
    await stopServer(server);
  }
}

describe('session', () => {
  test(
    `${DEVICES} devices moving a card every ${INTERVAL_MS / 1000} s for ${SECONDS} s`,
    async () => {
      const echo = await echoLoad();
      const session = await sessionLoad();
      const expectedMoves = DEVICES * Math.floor((SECONDS * 1000) / INTERVAL_MS);
      expect(session.latencies.length).toBeGreaterThan(expectedMoves * 0.9);
      const echoP95 = p95(echo.latencies);
      const common = {
        details: {
          seconds: SECONDS,
          devices: DEVICES,
          sessionMoves: session.latencies.length,
          echoMoves: echo.latencies.length,
          sessionMedianMs: round(median(session.latencies)),
          echoMedianMs: round(median(echo.latencies)),
        },
      };
      figures.push(
        {
          id: 'session-latency-p95',
          label: `Session: device change → host, p95 (${DEVICES} devices)`,
          value: round(p95(session.latencies)),
          unit: 'ms',
          against: {
            kind: 'baseline',
            label: 'bare ws echo round trip, p95',
            value: round(echoP95),
          },
          note: `budget ${LATENCY_BUDGET_MS} ms; ${session.errors} errors, ${session.unanswered} changes unanswered`,
          ...common,
        },
        {
          id: 'session-cpu',
          label: 'Session server CPU share under that load',
          value: round(session.cpuShare * 100, 1),
          unit: '%',
          against: {
            kind: 'baseline',
            label: 'bare ws echo CPU share',
            value: round(echo.cpuShare * 100, 1),
          },
          note: 'of one core',
          ...common,
        },
        {
          id: 'session-rss-start',
          label: 'Session server memory (RSS) after the joins',
          value: round(session.rssStartKb / 1024, 1),
          unit: 'MB',
          against: {
            kind: 'baseline',
            label: 'bare ws echo RSS',
            value: round(echo.rssStartKb / 1024, 1),
          },
          ...common,
        },
        {
          id: 'session-rss-end',
          label: `Session server memory (RSS) after ${SECONDS} s`,
          value: round(session.rssEndKb / 1024, 1),
          unit: 'MB',
          against: {
            kind: 'baseline',
            label: 'the same server after the joins',
            value: round(session.rssStartKb / 1024, 1),
          },
          note: 'flat means no growth with time',
          ...common,
        },
      );
      expect(session.errors).toBe(0);
    },
    (SECONDS * 2 + 120) * 1000,
  );
});
