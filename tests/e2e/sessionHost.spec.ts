// The facilitator's page as host of a real session server: connected with the host link, it
// writes what three participants place on their own devices (plain `ws` clients here), keeps
// it through a reload mid-round, and shows it in the pooled view after lock and reveal.
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { getModel } from '../../shared/catalogue';
import { PROTOCOL_VERSION } from '../../shared/protocol/limits';
import type { ParticipantMessage } from '../../shared/protocol/participantMessages';
import { serverMessageSchema, type ServerMessage } from '../../shared/protocol/serverMessages';
import { startSessionServer, type SessionServer } from '../../electron/session';
import { expect, expectAccessible, screenshotFor, test } from './fixtures';

const MODEL_A = 'land-use-and-planning';
const MODEL_B = 'regulatory-and-permit-work';
const title = (id: string) => getModel(id)?.title.en ?? id;

/** A participant's phone: every message parsed with the protocol's own schema. */
class Device {
  readonly received: ServerMessage[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(serverMessageSchema.parse(JSON.parse(String(data))));
    });
  }

  static async join(server: SessionServer, name: string): Promise<Device> {
    const ws = new WebSocket(server.participantSocketUrl);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const device = new Device(ws);
    device.send({
      type: 'join',
      version: PROTOCOL_VERSION,
      code: server.joinCode,
      name,
      language: 'en',
    });
    await device.view((message) => message.type === 'welcome');
    return device;
  }

  send(message: ParticipantMessage): void {
    this.ws.send(JSON.stringify(message));
  }

  /** Waits until the newest message meets `done`. */
  async view(done: (message: ServerMessage) => boolean): Promise<ServerMessage> {
    let last: ServerMessage | undefined;
    await expect
      .poll(() => {
        last = this.received.at(-1);
        return last !== undefined && done(last);
      })
      .toBe(true);
    return last!;
  }
}

const viewOf = (message: ServerMessage) =>
  message.type === 'state' || message.type === 'welcome' ? message.view : null;

/** The device's answers as the host confirmed them (nothing waiting) in round `round`. */
const saved = (round: number, count: number) => (message: ServerMessage) => {
  const view = viewOf(message);
  return (
    view?.round?.number === round &&
    view.hostPresent &&
    view.unsaved.length === 0 &&
    view.answers.length === count
  );
};

let server: SessionServer;
const devices: Device[] = [];

test.beforeEach(async ({ baseURL }) => {
  server = await startSessionServer({
    address: '127.0.0.1',
    port: 0,
    hostOrigins: [new URL(baseURL ?? 'http://127.0.0.1').origin],
  });
});
test.afterEach(async () => {
  for (const device of devices.splice(0)) device.ws.terminate();
  await server.stop();
});

function hostLink(): string {
  const fragment = new URLSearchParams({
    token: server.hostToken,
    code: server.joinCode,
    join: server.joinUrl,
  });
  return `${server.hostSocketUrl}#${fragment.toString()}`;
}

const sessionStatus = (page: Page, text: string | RegExp) =>
  page
    .getByRole('group', { name: 'Participants’ own devices' })
    .getByRole('status')
    .filter({ hasText: text });

test('participants on their own devices: joined, placed, kept through a reload, pooled', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Workshop med egna enheter');
  await page.getByRole('button', { name: 'Create workshop' }).click();

  // Connect as host with the link `npm run session` prints
  await page.getByRole('button', { name: 'Participants’ devices' }).click();
  const start = page.getByRole('dialog', { name: 'Participants’ own devices' });
  await start
    .getByRole('textbox', { name: 'Host link or host address' })
    .fill('ws://example.org/host#x');
  await start.getByRole('button', { name: 'Connect to the session' }).click();
  await expect(start.getByRole('alert')).toContainText('not a host link');
  await start.getByRole('textbox', { name: 'Host link or host address' }).fill(hostLink());
  await start.getByRole('button', { name: 'Connect to the session' }).click();

  // The join screen: address, code and a QR code for the room
  const join = page.getByRole('dialog', { name: 'Join the workshop' });
  await expect(join.getByRole('img', { name: `QR code for ${server.joinUrl}` })).toBeVisible();
  await expect(join).toContainText(server.joinUrl);
  await expect(join).toContainText(`${server.joinCode.slice(0, 3)} ${server.joinCode.slice(3)}`);
  await expect(sessionStatus(page, 'Session connected · 0 joined · 0 ready')).toBeAttached();
  await expectAccessible(page, 'the join screen');
  await screenshotFor(page, 'join-screen');

  // Three people join from their phones: they become the workshop's participants
  for (const name of ['Anna', 'Bertil', 'Cecilia']) devices.push(await Device.join(server, name));
  await expect(join).toContainText('3 joined · 0 ready');
  await join.getByRole('button', { name: 'Show large' }).click();
  await screenshotFor(page, 'join-screen-large');
  await join.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Participants (3)' })).toBeVisible();

  // Round 1 opens on every device
  await page.getByRole('button', { name: 'Start round 1' }).click();
  const [anna, bertil, cecilia] = devices as [Device, Device, Device];
  for (const device of devices) {
    await device.view((m) => viewOf(m)?.round?.number === 1 && viewOf(m)?.round?.status === 'open');
  }
  anna.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.2, y: 0.8 } });
  anna.send({ type: 'place', round: 1, modelId: MODEL_B, position: { x: 0.7, y: 0.3 } });
  anna.send({ type: 'ready', round: 1, ready: true });
  bertil.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.25, y: 0.85 } });
  bertil.send({ type: 'skip', round: 1, modelId: MODEL_B });
  await anna.view(saved(1, 2));
  await bertil.view(saved(1, 2));
  await expect(sessionStatus(page, '3 joined · 1 ready')).toBeAttached();

  // The facilitator's page reloads mid-round: Cecilia's answers wait on the server meanwhile
  await page.reload();
  cecilia.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.3, y: 0.75 } });
  cecilia.send({ type: 'place', round: 1, modelId: MODEL_B, position: { x: 0.65, y: 0.35 } });
  cecilia.send({ type: 'ready', round: 1, ready: true });
  await expect(sessionStatus(page, 'Session connected · 3 joined · 2 ready')).toBeAttached();
  await cecilia.view(saved(1, 2));
  await anna.view(saved(1, 2));

  // Lock and reveal: every answer from the devices is in the pooled view
  await page.getByRole('button', { name: 'Lock round 1' }).click();
  await anna.view((m) => viewOf(m)?.round?.status === 'locked');
  await page.getByRole('button', { name: 'Reveal round 1' }).click();
  const items = page.getByRole('complementary', { name: 'Discuss next' }).getByRole('listitem');
  await expect(items.filter({ hasText: title(MODEL_A) })).toContainText('3 placed · 0 don’t know');
  await expect(items.filter({ hasText: title(MODEL_B) })).toContainText('2 placed · 1 don’t know');

  // Shared with the room: the pooled view reaches the devices
  await page.getByRole('button', { name: 'Share the pooled view with participants' }).click();
  const shared = await bertil.view((m) => viewOf(m)?.pooled?.round === 1);
  const pooledA = viewOf(shared)?.pooled?.models.find((model) => model.modelId === MODEL_A);
  expect(pooledA).toMatchObject({ placed: 3, skipped: 0, median: { x: 0.25, y: 0.8 } });

  await screenshotFor(page, 'pooled-with-session');

  // The network check
  await page.getByRole('button', { name: 'Network check' }).click();
  const check = page.getByRole('dialog', { name: 'Network check' });
  await expect(check).toContainText('npm run session -- --list-interfaces');
  await expect(
    check.getByRole('link', { name: 'Open the join page on this computer' }),
  ).toHaveAttribute('href', server.joinUrl);
  await expectAccessible(page, 'the network check');
  await screenshotFor(page, 'network-check');
});

const BUNDLE = resolve(__dirname, '../../out/participant');

/** A phone that opened the join address of the QR code. */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
    locale: 'en-US',
  });
  const phonePage = await context.newPage();
  await phonePage.goto(`${server.joinUrl}?code=${server.joinCode}`);
  return phonePage;
}

const connected = (phonePage: Page) =>
  phonePage.getByRole('status').filter({ hasText: 'Connected' });

/** The facilitator's page with a new workshop, connected as host of `server`. */
async function facilitate(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: 'Participants’ devices' }).click();
  const start = page.getByRole('dialog', { name: 'Participants’ own devices' });
  await start.getByRole('textbox', { name: 'Host link or host address' }).fill(hostLink());
  await start.getByRole('button', { name: 'Connect to the session' }).click();
  const joinScreen = page.getByRole('dialog', { name: 'Join the workshop' });
  await joinScreen.getByRole('button', { name: 'Close' }).click();
  await expect(sessionStatus(page, 'Session connected')).toBeAttached();
}

/** What the facilitator's database holds: its participants and votes, as stored. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('klimatverkstad');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['participants', 'votes'], 'readonly');
          const participants = tx.objectStore('participants').getAll();
          const votes = tx.objectStore('votes').getAll();
          tx.oncomplete = () => {
            db.close();
            done(JSON.stringify({ participants: participants.result, votes: votes.result }));
          };
        };
      }),
  );

async function restartedServer(baseURL: string | undefined) {
  await server.stop();
  server = await startSessionServer({
    address: '127.0.0.1',
    port: 0,
    bundleRoot: BUNDLE,
    hostOrigins: [new URL(baseURL ?? 'http://127.0.0.1').origin],
    timings: { closeGraceMs: 50 },
  });
}

test('the session server is killed and restarted mid-round: every phone rejoins with nothing lost', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await restartedServer(baseURL);
  await facilitate(page, 'Omstart mitt i rundan');

  // Two phones join and answer in round 1
  const phones = [await phone(browser), await phone(browser)];
  const names = ['Anna', 'Bertil'];
  for (const [i, phonePage] of phones.entries()) {
    await phonePage.getByRole('textbox', { name: 'Your name (optional)' }).fill(names[i]!);
    await phonePage.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(connected(phonePage)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Start round 1' }).click();
  const answers = [MODEL_A, MODEL_B];
  for (const [i, phonePage] of phones.entries()) {
    await phonePage.getByRole('button', { name: `Don’t know: ${title(answers[i]!)}` }).tap();
    await expect(
      phonePage.getByRole('button', { name: `Undo Don’t know for ${title(answers[i]!)}` }),
    ).toBeVisible();
    await expect(phonePage.getByText('not saved yet')).toHaveCount(0);
  }
  await expect(sessionStatus(page, 'Session connected · 2 joined · 0 ready')).toBeAttached();
  const before = await stored(page);
  expect(JSON.parse(before)).toMatchObject({ participants: [{}, {}], votes: [{}, {}] });

  // The server goes away mid-round …
  const { port, hostPort, joinCode, hostToken } = server;
  await server.stop();
  for (const phonePage of phones) {
    await expect(phonePage.getByText('Connection lost – reconnecting…')).toBeVisible();
  }
  await expect(sessionStatus(page, 'Connection lost – reconnecting…')).toBeAttached();

  // … and comes back at the same address with the same code: nobody has to do anything
  server = await startSessionServer({
    address: '127.0.0.1',
    port,
    hostPort,
    joinCode,
    hostToken,
    bundleRoot: BUNDLE,
    hostOrigins: [new URL(baseURL ?? 'http://127.0.0.1').origin],
    timings: { closeGraceMs: 50 },
  });
  await expect(sessionStatus(page, 'Session connected · 2 joined')).toBeAttached({
    timeout: 20_000,
  });
  for (const [i, phonePage] of phones.entries()) {
    await expect(connected(phonePage)).toBeVisible({ timeout: 20_000 });
    await expect(phonePage.getByText(`You are participant ${i + 1}`)).toBeVisible();
    await expect(
      phonePage.getByRole('button', { name: `Undo Don’t know for ${title(answers[i]!)}` }),
    ).toBeVisible();
    await expect(phonePage.getByText('Your place in the session no longer exists')).toHaveCount(0);
  }
  await expect(sessionStatus(page, 'Session connected · 2 joined · 0 ready')).toBeAttached();

  // Answering goes on where it stopped; nothing in the workshop changed on the way
  expect(await stored(page)).toBe(before);
  await phones[0]!.getByRole('button', { name: `Don’t know: ${title(MODEL_B)}` }).tap();
  await expect(
    phones[0]!.getByRole('button', { name: `Undo Don’t know for ${title(MODEL_B)}` }),
  ).toBeVisible();
  await expect.poll(async () => JSON.parse(await stored(page)).votes.length).toBe(3);
  await screenshotFor(phones[0]!, 'phone-after-server-restart');
  for (const phonePage of phones) await phonePage.context().close();
});

test('a participant picks a group when joining; the facilitator’s list shows it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await restartedServer(baseURL);
  await facilitate(page, 'Grupper från telefonen');

  const phonePage = await phone(browser);
  const group = phonePage.getByRole('combobox', { name: 'Your group (optional)' });
  await expect(group).toBeVisible();
  await expect(group.getByRole('option')).toHaveText([
    'No group chosen',
    'Companies',
    'Council members',
    'Officials',
    'Others',
  ]);
  await group.selectOption({ label: 'Council members' });
  await phonePage.getByRole('textbox', { name: 'Your name (optional)' }).fill('Dana');
  await expectAccessible(phonePage, 'the join form with groups');
  await screenshotFor(phonePage, 'phone-join-group');
  await phonePage.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(connected(phonePage)).toBeVisible();

  await page.getByRole('button', { name: 'Participants (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await expect(dialog.getByRole('row', { name: /Dana/ })).toContainText('Council members');
  await phonePage.context().close();
});
