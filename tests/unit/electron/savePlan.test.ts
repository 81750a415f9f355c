import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomicWrite';
import { gateRequest } from '../../../electron/main/ipc/gate';
import {
  savePlan as saveParsedPlan,
  type SaveDialogOutcome,
  type SavePlanDeps,
} from '../../../electron/main/ipc/savePlan';
import { MAX_PLAN_BYTES } from '@shared/ipc/contract';

const APP_FRAME = 'app://bundle/index.html';
const PDF = new TextEncoder().encode('%PDF-1.7\n% Klimatverkstad test\n%%EOF\n');

/** A plan save as the page's request meets it: through the gate, then the handler. */
function savePlan(senderUrl: unknown, payload: unknown, deps: SavePlanDeps) {
  return gateRequest('savePlan', (request) => saveParsedPlan(request, deps))(senderUrl, payload);
}

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kv-save-plan-'));
  target = join(dir, 'Handlingsplan.pdf');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real atomic writes into the temp dir; the dialog answers `outcome` (default: the target). */
function makeDeps(outcome?: SaveDialogOutcome) {
  const showSaveDialog = vi.fn(
    async (_defaultPath: string): Promise<SaveDialogOutcome> =>
      outcome ?? { canceled: false, filePath: target },
  );
  const write = vi.fn(writeFileAtomic);
  const deps: SavePlanDeps = {
    documentsDir: join(dir, 'Documents'),
    showSaveDialog,
    writeFile: write,
  };
  return { deps, showSaveDialog, write };
}

function withBytes(extra: Record<string, unknown>): Record<string, unknown> {
  return { suggestedName: 'Handlingsplan', bytes: PDF, ...extra };
}

const badPayloads: ReadonlyArray<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'plan.pdf'],
  ['a number', 42],
  ['an array', [PDF]],
  ['an empty object', {}],
  ['missing bytes', { suggestedName: 'plan' }],
  ['missing name', { bytes: PDF }],
  ['a numeric name', withBytes({ suggestedName: 42 })],
  ['an empty name', withBytes({ suggestedName: '' })],
  ['an overlong name', withBytes({ suggestedName: 'x'.repeat(201) })],
  ['bytes as a base64 string', withBytes({ bytes: 'JVBERi0xLjcK' })],
  ['bytes as a number array', withBytes({ bytes: Array.from(PDF) })],
  ['bytes as an array-like object', withBytes({ bytes: { 0: 37, length: 1 } })],
  ['bytes as an ArrayBuffer', withBytes({ bytes: PDF.slice().buffer })],
  ['bytes as a Uint16Array', withBytes({ bytes: new Uint16Array(4) })],
  ['empty bytes', withBytes({ bytes: new Uint8Array(0) })],
  ['oversize bytes', withBytes({ bytes: new Uint8Array(MAX_PLAN_BYTES + 1) })],
  ['an extra key', withBytes({ path: '/etc/passwd' })],
  // A plan save writes only a PDF under its .pdf name.
  ['an executable', withBytes({ bytes: new TextEncoder().encode('MZ\x90\x00 not a pdf %%EOF') })],
  ['a script', withBytes({ bytes: new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n') })],
  ['a PDF header without its end', withBytes({ bytes: new TextEncoder().encode('%PDF-1.7\n') })],
  [
    'a PDF header after other bytes',
    withBytes({ bytes: new TextEncoder().encode(' %PDF-1.7\n%%EOF') }),
  ],
  [
    'a __proto__ key',
    { ...JSON.parse('{"suggestedName":"plan","__proto__":{"polluted":true}}'), bytes: PDF },
  ],
];

describe('savePlan: refused requests write nothing', () => {
  it.each(badPayloads)('%s → invalid-request', async (_label, payload) => {
    const { deps, showSaveDialog, write } = makeDeps();
    await expect(savePlan(APP_FRAME, payload, deps)).resolves.toEqual({
      ok: false,
      reason: 'invalid-request',
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['another origin', 'https://evil.io/'],
    ['a file:// page', 'file:///work/main/out/renderer/index.html'],
    ['a look-alike app host', 'app://bundle.evil.io/index.html'],
    ['another app host', 'app://evil/index.html'],
    ['a destroyed frame', undefined],
    ['about:blank', 'about:blank'],
  ])('a sender from %s → invalid-request', async (_label, sender) => {
    const { deps, showSaveDialog, write } = makeDeps();
    await expect(savePlan(sender, withBytes({}), deps)).resolves.toEqual({
      ok: false,
      reason: 'invalid-request',
    });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('savePlan: the user decides', () => {
  it('writes exactly the bytes to the chosen path, leaving no temp file', async () => {
    const { deps } = makeDeps();
    await expect(savePlan(APP_FRAME, withBytes({}), deps)).resolves.toEqual({
      ok: true,
      path: target,
    });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    expect(await readdir(dir)).toEqual(['Handlingsplan.pdf']);
  });

  it('replaces an existing file whole', async () => {
    await writeFile(target, 'old content that is longer than the new one'.repeat(10));
    const { deps } = makeDeps();
    await expect(savePlan(APP_FRAME, withBytes({}), deps)).resolves.toMatchObject({ ok: true });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
  });

  it('suggests a sanitised name inside Documents', async () => {
    const { deps, showSaveDialog } = makeDeps();
    await savePlan(APP_FRAME, withBytes({ suggestedName: '../../etc/CON: plan?' }), deps);
    const defaultPath = showSaveDialog.mock.calls[0]?.[0] ?? '';
    expect(dirname(defaultPath)).toBe(deps.documentsDir);
    expect(defaultPath.endsWith('.pdf')).toBe(true);
  });

  it.each([
    ['cancel', { canceled: true }],
    ['an empty path', { canceled: false, filePath: '' }],
    ['no path', { canceled: false, filePath: undefined }],
  ])('%s → cancelled, nothing written', async (_label, outcome) => {
    const { deps, write } = makeDeps();
    deps.showSaveDialog = async () => outcome;
    await expect(savePlan(APP_FRAME, withBytes({}), deps)).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
    });
    expect(write).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('savePlan: write failures', () => {
  it('a target that cannot be replaced → write-failed, no partial or temp file left', async () => {
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'x');
    const { deps } = makeDeps();
    const result = await savePlan(APP_FRAME, withBytes({}), deps);
    expect(result).toMatchObject({
      ok: false,
      reason: 'write-failed',
      message: expect.any(String),
    });
    expect(await readdir(dir)).toEqual(['Handlingsplan.pdf']);
    expect(await readdir(target)).toEqual(['keep.txt']);
  });

  it('a missing folder → write-failed, nothing created', async () => {
    const { deps } = makeDeps({ canceled: false, filePath: join(dir, 'gone', 'plan.pdf') });
    await expect(savePlan(APP_FRAME, withBytes({}), deps)).resolves.toMatchObject({
      ok: false,
      reason: 'write-failed',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failing dialog → write-failed with its message', async () => {
    const { deps, write } = makeDeps();
    deps.showSaveDialog = async () => {
      throw new Error('no display');
    };
    await expect(savePlan(APP_FRAME, withBytes({}), deps)).resolves.toEqual({
      ok: false,
      reason: 'write-failed',
      message: 'no display',
    });
    expect(write).not.toHaveBeenCalled();
  });
});
