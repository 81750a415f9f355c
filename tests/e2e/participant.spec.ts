// The participant page on phones against the real session server: three phone-sized pages
// join with the code, place models by touch drag, tap-then-tap and keyboard, keep their
// answers across a reload, obey the facilitator's lock and show the released pooled view. The
// facilitator's app is played by a plain WebSocket client that checks every message it gets.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  test,
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { WebSocket } from 'ws';
import { getModel } from '../../shared/catalogue';
import { PROTOCOL_VERSION } from '../../shared/protocol/limits';
import {
  serverToHostMessageSchema,
  type HostMessage,
  type ServerToHostMessage,
} from '../../shared/protocol/hostMessages';
import { startSessionServer, type SessionServer } from '../../electron/session/server';
import { expectAccessible, screenshotFor } from './fixtures';

const BUNDLE = resolve(__dirname, '../../out/participant');
const MODEL_A = 'land-use-and-planning';
const MODEL_B = 'regulatory-and-permit-work';
const MODEL_C = 'climate-competence-in-own-organisation';
const title = (id: string) => getModel(id)?.title.en ?? id;

type Change = Extract<ServerToHostMessage, { type: 'participantChange' }>;

/** The facilitator's app: says hello, acknowledges every relayed change and keeps them. */
class Host {
  readonly received: ServerToHostMessage[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = serverToHostMessageSchema.parse(JSON.parse(String(data)));
      this.received.push(message);
      if (message.type === 'participantJoined' || message.type === 'participantChange') {
        this.send({ type: 'ack', changeId: message.changeId, accepted: true });
      }
    });
  }

  static async connect(server: SessionServer): Promise<Host> {
    const ws = new WebSocket(server.hostSocketUrl);
    await new Promise((done, fail) => ws.once('open', done).once('error', fail));
    const host = new Host(ws);
    host.send({ type: 'hello', version: PROTOCOL_VERSION, token: server.hostToken });
    await expect.poll(() => host.received.some((m) => m.type === 'hostWelcome')).toBe(true);
    return host;
  }

  send(message: HostMessage): void {
    this.ws.send(JSON.stringify(message));
  }

  changes(participantId: string): Change['change'][] {
    return this.received
      .filter((m): m is Change => m.type === 'participantChange')
      .filter((m) => m.participantId === participantId)
      .map((m) => m.change);
  }

  /** The participant id of the person who joined with `name`. */
  async idOf(name: string): Promise<string> {
    await expect
      .poll(() => this.received.some((m) => m.type === 'participantJoined' && m.name === name))
      .toBe(true);
    const joined = this.received.find((m) => m.type === 'participantJoined' && m.name === name);
    if (joined?.type !== 'participantJoined') throw new Error(`${name} did not join`);
    return joined.participantId;
  }

  close(): void {
    this.ws.terminate();
  }
}

async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
    locale: 'en-US',
  });
  return { context, page: await context.newPage() };
}

/** Every request a phone makes goes to the session server that served the page. */
function recordForeign(context: BrowserContext, server: SessionServer): string[] {
  const foreign: string[] = [];
  const origin = new URL(server.joinUrl).origin;
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

async function join(page: Page, name: string, code?: string) {
  if (code !== undefined) await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
}

const matrixOf = (page: Page) =>
  page.getByRole('group', { name: 'Matrix: resources and climate impact' });
const placed = (page: Page, id: string) => matrixOf(page).locator(`[data-model="${id}"]`);

async function pointIn(matrix: Locator, x: number, y: number) {
  const box = await matrix.boundingBox();
  if (!box) throw new Error('matrix is not visible');
  return { x: box.x + x * box.width, y: box.y + (1 - y) * box.height };
}

/** A finger: a short press lifts the model, then it moves in steps and lets go. */
async function touchDrag(page: Page, source: Locator, matrix: Locator, x: number, y: number) {
  await source.scrollIntoViewIfNeeded();
  const box = await source.boundingBox();
  if (!box) throw new Error('drag source is not visible');
  const target = await pointIn(matrix, x, y);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  const start = { x: box.x + 30, y: box.y + box.height / 2 };
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(300);
  for (let i = 1; i <= 10; i++) {
    const step = (from: number, to: number) => from + ((to - from) * i) / 10;
    await touch('touchMove', step(start.x, target.x), step(start.y, target.y));
  }
  await touch('touchEnd', target.x, target.y);
}

async function expectAt(marker: Locator, x: number, y: number) {
  await expect(marker).toBeVisible();
  expect(Number(await marker.getAttribute('data-x'))).toBeCloseTo(x, 1);
  expect(Number(await marker.getAttribute('data-y'))).toBeCloseTo(y, 1);
}

/** Nothing sticks out sideways on a 360 px phone: no sideways scrolling. */
async function expectFitsPhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

function voteOf(changes: Change['change'][], modelId: string) {
  const votes = changes.filter((c) => c.kind === 'vote' && c.modelId === modelId);
  const last = votes[votes.length - 1];
  return last?.kind === 'vote' ? last.value : undefined;
}

test.describe.configure({ mode: 'serial' });

let server: SessionServer | null = null;
let host: Host | null = null;

test.beforeAll(() => {
  // `npm run test:e2e` builds the page first; a lone run of this file builds it here.
  if (!existsSync(resolve(BUNDLE, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'vite.participant.config.mts'], {
      cwd: resolve(__dirname, '../..'),
      stdio: 'inherit',
    });
  }
});

test.afterEach(async () => {
  host?.close();
  host = null;
  await server?.stop();
  server = null;
});

test('phones join, place by touch, tap and keyboard, keep answers, obey the lock and see the pool', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  server = await startSessionServer({ bundleRoot: BUNDLE, timings: { closeGraceMs: 50 } });
  host = await Host.connect(server);
  const [one, two, three] = await Promise.all([phone(browser), phone(browser), phone(browser)]);
  const foreign = [one, two, three].map(({ context }) => recordForeign(context, server!));

  // The QR code carries the code in the query or the fragment; the third person types it.
  await one.page.goto(`${server.joinUrl}?code=${server.joinCode}`);
  await expect(one.page.getByRole('textbox', { name: 'Join code' })).toHaveValue(server.joinCode);
  await two.page.goto(`${server.joinUrl}#code=${server.joinCode}`);
  await three.page.goto(server.joinUrl);
  await expect(three.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
  await expectAccessible(three.page, 'the join screen');
  await expectFitsPhone(three.page);
  await screenshotFor(three.page, 'phone-join');

  // The person may switch language; a wrong code is named and the form stays usable.
  await three.page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(three.page.getByRole('heading', { name: 'Gå med i workshoppen' })).toBeVisible();
  await three.page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await three.page.getByRole('textbox', { name: 'Join code' }).fill('ZZZ-ZZZ');
  await three.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(three.page.getByText('That code is not right.')).toBeVisible();

  await join(one.page, 'Ada');
  await join(two.page, 'Bo');
  await join(three.page, 'Cy', server.joinCode.toLowerCase());
  const [ada, bo, cy] = [await host.idOf('Ada'), await host.idOf('Bo'), await host.idOf('Cy')];
  for (const { page } of [one, two, three]) {
    await expect(page.getByRole('heading', { name: 'Waiting for the facilitator' })).toBeVisible();
  }

  host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B, MODEL_C] });
  for (const { page } of [one, two, three]) {
    await expect(page.getByRole('heading', { name: 'Round 1' })).toBeVisible();
  }

  // Ada drags with her finger.
  const selectA = one.page.getByRole('button', { name: `Select ${title(MODEL_A)}` });
  await touchDrag(one.page, selectA, matrixOf(one.page), 0.3, 0.7);
  await expectAt(placed(one.page, MODEL_A), 0.3, 0.7);
  await expect.poll(() => voteOf(host!.changes(ada), MODEL_A)).toBeTruthy();
  const adaVote = voteOf(host.changes(ada), MODEL_A);
  if (typeof adaVote !== 'object' || !adaVote) throw new Error('no position for Ada');
  expect(adaVote.x).toBeCloseTo(0.3, 1);
  expect(adaVote.y).toBeCloseTo(0.7, 1);

  // Bo taps a model, then a spot; and does not know the third.
  await two.page.getByRole('button', { name: `Select ${title(MODEL_B)}` }).tap();
  await expect(two.page.getByText(`${title(MODEL_B)} is selected.`)).toBeVisible();
  const spot = await pointIn(matrixOf(two.page), 0.8, 0.2);
  await two.page.touchscreen.tap(spot.x, spot.y);
  await expectAt(placed(two.page, MODEL_B), 0.8, 0.2);
  await two.page.getByRole('button', { name: `Don’t know: ${title(MODEL_C)}` }).tap();
  await expect.poll(() => voteOf(host!.changes(bo), MODEL_C)).toBe('skip');
  const boVote = voteOf(host.changes(bo), MODEL_B);
  if (typeof boVote !== 'object' || !boVote) throw new Error('no position for Bo');
  expect(boVote.x).toBeCloseTo(0.8, 1);
  expect(boVote.y).toBeCloseTo(0.2, 1);
  await expectAccessible(two.page, 'the placing screen');
  await expectFitsPhone(two.page);
  await screenshotFor(two.page, 'phone-placing', { fullPage: true });

  // Cy uses the keyboard only: select with Enter, place in a quadrant, then lift and move.
  const page3 = three.page;
  await page3.getByRole('button', { name: `Select ${title(MODEL_A)}` }).focus();
  await page3.keyboard.press('Enter');
  await page3.getByRole('button', { name: 'Place here: Strategic bets' }).focus();
  await page3.keyboard.press('Enter');
  const cyMarker = placed(page3, MODEL_A);
  await expectAt(cyMarker, 0.75, 0.75);
  await expect.poll(() => voteOf(host!.changes(cy), MODEL_A)).toEqual({ x: 0.75, y: 0.75 });
  await cyMarker.focus();
  await page3.keyboard.press('Space');
  await page3.evaluate(
    () => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 50)),
  );
  await page3.keyboard.press('ArrowDown');
  await page3.keyboard.press('ArrowDown');
  await page3.keyboard.press('Space');
  await expect.poll(async () => Number(await cyMarker.getAttribute('data-y'))).toBeLessThan(0.7);
  await expect
    .poll(() => host!.changes(cy).filter((c) => c.kind === 'vote' && c.modelId === MODEL_A))
    .toHaveLength(2);
  await page3.getByRole('button', { name: 'I’m done' }).press('Enter');
  await expect.poll(() => host!.changes(cy).some((c) => c.kind === 'ready' && c.ready)).toBe(true);
  await expect(page3.getByRole('button', { name: /I’m done/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // A reload returns Ada to her seat with her answer, without the join form.
  await one.page.reload();
  await expect(one.page.getByRole('heading', { name: 'Round 1' })).toBeVisible();
  await expectAt(placed(one.page, MODEL_A), 0.3, 0.7);
  await expect(one.page.getByRole('heading', { name: 'Join the workshop' })).toHaveCount(0);

  // Nobody sees anyone else's answers: each matrix holds only its own.
  await expect(matrixOf(one.page).locator('[data-model]')).toHaveCount(1);
  await expect(matrixOf(two.page).locator('[data-model]')).toHaveCount(1);

  host.send({ type: 'lockRound', round: 1 });
  for (const { page } of [one, two, three]) {
    await expect(page.getByText('The facilitator has locked the round.')).toBeVisible();
  }
  await expect(one.page.getByRole('button', { name: `Select ${title(MODEL_B)}` })).toBeDisabled();
  await expect(placed(one.page, MODEL_A)).toBeDisabled();
  await expect(
    one.page.getByRole('button', { name: `Don’t know: ${title(MODEL_B)}` }),
  ).toBeDisabled();

  host.send({ type: 'revealRound', round: 1 });
  await expect(one.page.getByText('The round is over.')).toBeVisible();
  await expect(one.page.getByText('The facilitator shows the group’s view')).toBeVisible();
  host.send({
    type: 'releasePooled',
    round: 1,
    models: [
      {
        modelId: MODEL_A,
        placed: 2,
        skipped: 0,
        median: { x: 0.5, y: 0.6 },
        x: { q1: 0.3, median: 0.5, q3: 0.75 },
        y: { q1: 0.45, median: 0.6, q3: 0.75 },
        agreement: 0.5,
        consensus: false,
      },
      {
        modelId: MODEL_C,
        placed: 0,
        skipped: 1,
        median: null,
        x: null,
        y: null,
        agreement: 0,
        consensus: false,
      },
    ],
  });
  for (const { page } of [one, two, three]) {
    await expect(page.getByRole('heading', { name: 'The group’s view' })).toBeVisible();
  }
  const pooledRow = one.page.getByRole('list', { name: 'The group’s view' }).getByRole('listitem');
  await expect(pooledRow.first()).toContainText(title(MODEL_A));
  await expect(pooledRow.first()).toContainText('Quick wins');
  await expect(pooledRow.first()).toContainText('2 placed, 0 don’t know');
  await expect(pooledRow.nth(1)).toContainText('nobody placed it');
  await expectAccessible(one.page, 'the pooled screen');
  await expectFitsPhone(one.page);
  await screenshotFor(one.page, 'phone-pooled', { fullPage: true });

  expect(foreign.flat(), 'requests to anything but the session server').toEqual([]);
  await Promise.all([one, two, three].map(({ context }) => context.close()));
});

test('a new session on the same port does not know the old seat: the page says so', async ({
  browser,
}) => {
  server = await startSessionServer({ bundleRoot: BUNDLE, timings: { closeGraceMs: 50 } });
  host = await Host.connect(server);
  const { context, page } = await phone(browser);
  await page.goto(`${server.joinUrl}?code=${server.joinCode}`);
  await join(page, 'Di');
  host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A] });
  await page.getByRole('button', { name: `Don’t know: ${title(MODEL_A)}` }).tap();
  await expect(
    page.getByRole('button', { name: `Undo Don’t know for ${title(MODEL_A)}` }),
  ).toBeVisible();

  const port = server.port;
  host.close();
  host = null;
  await server.stop();
  await expect(page.getByText('Connection lost – reconnecting…')).toBeVisible();

  // A new session (not one continued with its join code) has new codes and tokens: the seat
  // is truly unknown there. (A restarted session gets its seats back: sessionHost.spec.ts.)
  server = await startSessionServer({ port, bundleRoot: BUNDLE, timings: { closeGraceMs: 50 } });
  await expect(
    page.getByText('Your place in the session no longer exists. Join again with the code.'),
  ).toBeVisible({ timeout: 15_000 });
  host = await Host.connect(server);
  await join(page, 'Di', server.joinCode);

  // The facilitator's app going away is not the end: the page says answers are kept.
  host.close();
  host = null;
  await expect(page.getByText('your answers are kept')).toBeVisible();
  await context.close();
});
