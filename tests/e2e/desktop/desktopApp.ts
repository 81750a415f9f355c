// The built desktop app started once: main loaded with the fake Electron, its app:// handler
// served on loopback, and everything it writes kept in a temporary home folder.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDesktopApp, loadMainProcess, type BuiltApp } from './builtApp';
import { createFakeElectron, type FakeWindow, type MainRecord } from './fakeElectron';
import { serveOnLoopback, type LoopbackAppServer } from './loopbackAppServer';

export type DesktopApp = {
  built: BuiltApp;
  record: MainRecord;
  /** The main window main opened. */
  window: FakeWindow;
  /** The preload main named for that window, as built. */
  preloadPath: string;
  preloadSource: string;
  server: LoopbackAppServer;
  /** app.getPath answers: userData (backups go under it) and documents. */
  paths: { userData: string; documents: string };
  /** Where the fake save dialog says the user chose to save. */
  savedPlanPath: string;
  close(): Promise<void>;
};

/** Builds the app, starts its main process on the fake Electron and serves its renderer. */
export async function startDesktopApp(): Promise<DesktopApp> {
  const built = await buildDesktopApp();
  const home = await mkdtemp(join(tmpdir(), 'klimatverkstad-desktop-'));
  const paths = { userData: join(home, 'userData'), documents: join(home, 'Documents') };
  await mkdir(paths.documents, { recursive: true });
  const savedPlanPath = join(paths.documents, 'Handlingsplan från testet.pdf');
  const fake = createFakeElectron({ paths, saveDialogAnswer: savedPlanPath });
  await loadMainProcess(built.mainEntry, fake);

  const { record } = fake;
  const [window] = record.windows;
  if (!window || record.windows.length !== 1) {
    throw new Error(`main opened ${record.windows.length} windows, expected 1`);
  }
  const preloadPath = window.options.webPreferences?.preload;
  if (typeof preloadPath !== 'string') throw new Error('the window names no preload');
  const handler = record.protocolHandlers.get('app');
  if (!handler) throw new Error('main registered no app:// handler');
  const server = await serveOnLoopback(handler);
  return {
    built,
    record,
    window,
    preloadPath,
    // A missing preload is for the test on window options to report; the page then has none.
    preloadSource: await readFile(preloadPath, 'utf8').catch(() => ''),
    server,
    paths,
    savedPlanPath,
    async close() {
      await server.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

type MenuItem = { label?: string; visible?: boolean; click?: () => void; submenu?: unknown };

/** Clicks `item` of the application menu's `menu`, as the user would. */
export function clickMenuItem(record: MainRecord, menu: string, item: string): void {
  const template = (record.applicationMenu as { template?: MenuItem[] } | null)?.template ?? [];
  const items = template.find((entry) => entry.label === menu)?.submenu as MenuItem[] | undefined;
  const found = items?.find((entry) => entry.label === item && entry.visible !== false);
  if (!found?.click) throw new Error(`no ${item} in the ${menu} menu`);
  found.click();
}
