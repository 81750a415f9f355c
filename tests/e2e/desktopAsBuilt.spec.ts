// The desktop app as users get it: the built main, preload and renderer bundles working together.
// Electron itself cannot run here, so main runs in Node on a fake of Electron's runtime (see
// desktop/fakeElectron.ts), its real app:// handler serves the real renderer to Chromium over
// loopback, and the real preload in the page talks to the IPC handlers main registered.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { getModel } from '../../shared/catalogue';
import { CHANNELS } from '../../shared/ipc/channels';
import { computedLoads, loadedModules, referencedFiles, scriptsIn } from './desktop/bundleFiles';
import { installDesktopBridge } from './desktop/desktopBridge';
import { clickMenuItem, startDesktopApp, type DesktopApp } from './desktop/desktopApp';
import { watchPage, type PageReport } from './desktop/watchPage';
import { matrixPoint, mouseDrag } from './fixtures';
import { pdfPages } from './pdfText';

const WORKSHOP = 'Klimatråd Åbo';
const OPEN_DATA = getModel('open-data')?.title.en ?? 'open-data';
const ENTRY = 'app://bundle/index.html';

let app: DesktopApp;

test.beforeAll(async () => {
  test.setTimeout(180_000); // one electron-vite build: main, preload and renderer
  app = await startDesktopApp();
});

test.afterAll(async () => {
  await app?.close();
});

/** What the page reported, checked after the test too: a failure may come first from its effect. */
let pageProblems: PageReport | null = null;

test.afterEach(() => {
  const seen = pageProblems;
  pageProblems = null;
  if (seen) {
    expect(seen, 'what the page reported').toEqual({
      consoleErrors: [],
      cspViolations: [],
      foreign: [],
    });
  }
});

/** CSP directives of a header value, each with its sources. */
function directives(policy: string | null): Map<string, string[]> {
  const entries = (policy ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(
    entries.filter(([name]) => name).map(([name, ...sources]) => [name ?? '', sources]),
  );
}

async function get(url: string, method = 'GET'): Promise<Response> {
  const handler = app.record.protocolHandlers.get('app');
  if (!handler) throw new Error('no app:// handler');
  return handler({ url, method });
}

test('main starts as Electron needs it: sandboxed, one instance, app:// privileged, every request answered', () => {
  const { record } = app;
  expect(record.exitCode, 'main called app.exit: it failed to start').toBeNull();
  expect(record.quit).toBe(false);
  expect(record.sandboxEnabled).toBe(true);
  expect(record.singleInstanceRequested).toBe(true);
  expect(record.privilegedSchemes).toEqual([
    expect.objectContaining({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    }),
  ]);
  expect([...record.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  expect(record.applicationMenu).not.toBeNull();
  expect(record.unknownPaths).toEqual([]);
});

test('the window is sandboxed and isolated, and its preload is the built one', () => {
  const { window, preloadPath, built } = app;
  expect(window.options.webPreferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
  });
  expect(isAbsolute(preloadPath)).toBe(true);
  expect(relative(built.outDir, dirname(preloadPath))).toBe('preload');
  expect(existsSync(preloadPath), `preload ${preloadPath} exists`).toBe(true);
  expect(window.loadedUrls).toEqual([ENTRY]);

  // Hardened when created: no navigation away, no new windows, no permissions.
  const prevented: string[] = [];
  for (const url of ['https://example.com/', 'file:///etc/passwd', `${ENTRY}#/`]) {
    window.webContents.emit('will-navigate', { preventDefault: () => prevented.push(url) }, url);
  }
  expect(prevented).toEqual(['https://example.com/', 'file:///etc/passwd']);
  expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
    action: 'deny',
  });
  let granted: boolean | undefined;
  window.webContents.session.permissionRequest?.({}, 'media', (answer) => (granted = answer));
  expect(granted).toBe(false);
});

test('the preload bundle requires nothing but electron', async () => {
  const scripts = await scriptsIn(dirname(app.preloadPath));
  expect(scripts.map((script) => script.name)).toContain(app.preloadPath.split(/[/\\]/).pop());
  for (const { name, source } of scripts) {
    expect(loadedModules(source), name).toEqual(['electron']);
    expect(computedLoads(source), name).toEqual([]);
  }
});

test('every file index.html loads is served by the app:// handler, with the CSP header', async () => {
  const rendererDir = join(app.built.outDir, 'renderer');
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const files = referencedFiles(html);
  expect(files.length).toBeGreaterThan(2);
  for (const file of ['index.html', ...files]) {
    const url = new URL(file, ENTRY).href;
    const response = await get(url);
    expect(response.status, url).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src'), url).toEqual(["'self'"]);
    expect(csp.get('default-src'), url).toEqual(["'self'"]);
    expect(csp.get('object-src'), url).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    // With nosniff, a module script under any other type would not run.
    const type = response.headers.get('content-type') ?? '';
    if (url.endsWith('.js')) expect(type, url).toMatch(/^text\/javascript\b/);
    if (url.endsWith('.css')) expect(type, url).toMatch(/^text\/css\b/);
    if (url.endsWith('.html')) expect(type, url).toMatch(/^text\/html\b/);
    const onDisk = await readFile(join(rendererDir, new URL(url).pathname));
    expect(Buffer.from(await response.arrayBuffer()).equals(onDisk), url).toBe(true);
  }
});

test('the app:// handler refuses traversal, other hosts and writes, with the CSP even then', async () => {
  const secret = await readFile(join(app.built.outDir, '..', 'package.json'), 'utf8');
  const hostile = [
    'app://bundle/../package.json',
    'app://bundle/../../package.json',
    'app://bundle/%2e%2e/package.json',
    'app://bundle/assets/%2E%2E/%2e%2e/package.json',
    'app://bundle/..%2f..%2fpackage.json',
    'app://bundle/..%5c..%5cpackage.json',
    'app://bundle/..\\..\\package.json',
    'app://bundle/%252e%252e/package.json',
    'app://bundle/assets/index.js%00.png',
    'app://other/index.html',
    'app://user:pw@bundle/index.html',
  ];
  for (const url of hostile) {
    const response = await get(url);
    expect(response.status, url).toBeGreaterThanOrEqual(400);
    expect(await response.text(), url).not.toContain(secret.slice(0, 40));
    expect(response.headers.get('content-security-policy'), url).toContain("script-src 'self'");
  }
  expect((await get(ENTRY, 'POST')).status).toBe(405);
});

async function pdfTitle(path: string): Promise<unknown> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)) }).promise;
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return (info as { Title?: unknown }).Title;
}

test('a session started from the app serves phones the built participant page', async () => {
  const handler = (channel: string) => {
    const found = app.record.ipcHandlers.get(channel);
    if (!found) throw new Error(`no handler for ${channel}`);
    return found;
  };
  const event = { sender: app.window.webContents, senderFrame: { url: ENTRY } };
  const started = (await handler(CHANNELS.startSession)(event, { address: '127.0.0.1' })) as {
    ok: boolean;
    session?: { joinUrl: string };
  };
  expect(started.ok).toBe(true);
  try {
    const joinUrl = started.session?.joinUrl ?? '';
    const page = await fetch(joinUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    // The built page (its root and its bundled entry script), not the server's placeholder.
    expect(html).toContain('<div id="root"></div>');
    const script = /<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the page names its entry script').toBeTruthy();
    const entry = await fetch(new URL(script ?? '', joinUrl));
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toMatch(/javascript/);
  } finally {
    expect(await handler(CHANNELS.stopSession)(event, undefined)).toEqual({ ok: true });
  }
});

test("a new user's first workshop: placed, its plan saved, backed up within a minute", async ({
  page,
}) => {
  const { server, window: mainWindow, record, paths } = app;
  const seen = await watchPage(page, server.origin);
  pageProblems = seen;
  await installDesktopBridge(page, {
    preloadSource: app.preloadSource,
    record,
    window: mainWindow,
    toAppUrl: server.toApp,
  });
  // The page's clock runs on its own, and jumps ahead where the test waits for the quiet time.
  await page.clock.install();
  await page.goto(server.toLoopback(mainWindow.loadedUrls[0] ?? ENTRY));
  mainWindow.emit('ready-to-show');
  expect(mainWindow.shown).toBe(true);

  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
  expect(await page.evaluate(() => [typeof require, typeof process])).toEqual([
    'undefined',
    'undefined',
  ]);
  expect(await page.evaluate(() => Object.keys(window.desktop ?? {}).sort())).toEqual(
    [...Object.keys(CHANNELS), 'onMenuAction'].sort(),
  );
  // The start-up backup found nothing, and says so while it is true.
  const homeStatus = page.getByRole('contentinfo').getByRole('status');
  await expect(homeStatus).toHaveText('There are no workshops to back up.');

  // Create the workshop and place a model.
  const createdAt = await page.evaluate(() => Date.now());
  await page.getByRole('textbox', { name: 'Title' }).fill(WORKSHOP);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: WORKSHOP })).toBeVisible();
  const matrix = page.getByRole('group', { name: 'Matrix: resources and climate impact' });
  const tray = page.getByRole('complementary');
  await mouseDrag(
    page,
    tray.getByRole('button', { name: OPEN_DATA, exact: true }),
    await matrixPoint(matrix, 0.2, 0.8),
  );
  const placed = matrix.getByRole('button', { name: OPEN_DATA, exact: true });
  await expect(placed).toBeVisible();

  // Undo and Redo from the native menu reach the page through the preload.
  clickMenuItem(record, 'Edit', 'Undo');
  await expect(placed).toHaveCount(0);
  clickMenuItem(record, 'Edit', 'Redo');
  await expect(placed).toBeVisible();

  // Save the plan through the save dialog.
  await page.getByRole('button', { name: 'Export action plan (PDF)' }).click();
  await expect(page.getByText(`The action plan was saved as ${app.savedPlanPath}.`)).toBeVisible();
  expect(record.saveDialogs).toHaveLength(1);
  expect(record.saveDialogs[0]?.parent).toBe(mainWindow);
  const defaultPath = String(record.saveDialogs[0]?.options.defaultPath);
  expect(dirname(defaultPath)).toBe(paths.documents);
  expect(defaultPath).toMatch(/\.pdf$/);
  const pdf = await readFile(app.savedPlanPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await pdfTitle(app.savedPlanPath)).toContain(WORKSHOP);
  expect((await pdfPages(app.savedPlanPath))[0]).toContain(WORKSHOP);

  // Back on the start screen: not backed up yet, and when it will be.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(homeStatus).toHaveText(
    /^Not backed up yet — the first backup follows at \d\d:\d\d:\d\d\.$/,
  );
  const backupDir = join(paths.userData, 'backups');
  expect(existsSync(backupDir) ? await readdir(backupDir) : []).toEqual([]);

  // The quiet time after the last change passes.
  await page.clock.fastForward(31_000);
  await expect(homeStatus).toHaveText(/^Latest backup: .+, \d\d:\d\d:\d\d\.$/);
  const files = (await readdir(backupDir)).filter((name) => name.startsWith('backup-'));
  expect(files).toHaveLength(1);
  const backupPath = join(backupDir, files[0] ?? '');
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as {
    createdAt: string;
    workshops: { title: string }[];
    placements: { modelId: string }[];
  };
  expect(backup.workshops.map((w) => w.title)).toEqual([WORKSHOP]);
  expect(backup.placements.map((p) => p.modelId)).toEqual(['open-data']);
  expect(Date.parse(backup.createdAt) - createdAt).toBeLessThan(60_000);
  if (process.platform !== 'win32') expect((await stat(backupPath)).mode & 0o777).toBe(0o600);

  // The Backups screen lists it, and its status names the same time.
  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expect(page.getByText('1 workshop', { exact: false })).toBeVisible();
  const restore = page.getByRole('button', { name: /^Restore the backup from / });
  await expect(restore).toHaveCount(1);
  const listedAt = (await restore.getAttribute('aria-label'))?.replace(
    'Restore the backup from ',
    '',
  );
  const backupsStatus = page.getByRole('region', { name: 'Automatic backups' }).getByRole('status');
  await expect(backupsStatus).toHaveText(`Latest backup: ${listedAt}.`);

  expect(seen.cspViolations, 'CSP violations').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  expect(seen.foreign, 'requests that left the app').toEqual([]);
  expect(record.exitCode).toBeNull();
});
