// The desktop app as `npm run build` leaves it: out/main, out/preload, out/renderer and the
// participant page (out/participant), with the main bundle found the way Electron finds it
// (package.json "main").
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FakeElectron } from './fakeElectron';

export const PROJECT_ROOT = resolve(__dirname, '../../..');

export type BuiltApp = {
  /** The main bundle Electron starts: package.json's "main". */
  mainEntry: string;
  /** out/ as built: main, preload, renderer and participant side by side. */
  outDir: string;
};

/** Runs what `npm run build` runs: `electron-vite build`, then the participant page's build. */
export async function buildDesktopApp(): Promise<BuiltApp> {
  // The package's exports do not include its bin, so it is found through its package.json.
  const cliPackage = join(PROJECT_ROOT, 'node_modules', 'electron-vite');
  const { bin } = JSON.parse(await readFile(join(cliPackage, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const cli = join(cliPackage, bin['electron-vite'] ?? 'bin/electron-vite.js');
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, args, { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 });
  await run([cli, 'build']);
  const vite = join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await run([vite, 'build', '--config', 'vite.participant.config.mts', '--logLevel', 'warn']);
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    main: string;
  };
  const mainEntry = resolve(PROJECT_ROOT, pkg.main);
  return { mainEntry, outDir: dirname(dirname(mainEntry)) };
}

/**
 * Loads the main bundle in this Node process with `fake` answering its `require('electron')`:
 * the fake takes the place of the electron package in Node's module cache for the duration of
 * the load (the bundle requires it once, at its top), so the real package, which would try to
 * download Electron, is never run. Resolves once the `whenReady` work has run.
 */
export async function loadMainProcess(mainEntry: string, fake: FakeElectron): Promise<void> {
  const requireFromMain = createRequire(mainEntry);
  const electronPath = requireFromMain.resolve('electron');
  const stub = new Module(electronPath);
  stub.filename = electronPath;
  stub.loaded = true;
  stub.exports = fake.module;
  const cache = requireFromMain.cache;
  const previous = cache[electronPath];
  cache[electronPath] = stub;
  try {
    requireFromMain(mainEntry);
  } finally {
    if (previous) cache[electronPath] = previous;
    else delete cache[electronPath];
  }
  // whenReady() has resolved; its `then` runs in the microtasks before this timer.
  await new Promise((done) => setImmediate(done));
}
