import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeLoadFailure,
  describeRestoreFailure,
} from '../../../../../renderer/src/features/backup/describeRestoreError';
import type { LoadFailure } from '../../../../../renderer/src/features/backup/loadSnapshot';
import { loadSnapshotFile } from '../../../../../renderer/src/features/backup/loadSnapshot';
import { i18nextResources, LOCALES } from '../../../../../shared/i18n';
import { MAX_SNAPSHOT_BYTES } from '../../../../../shared/io/snapshotFormat';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'sv',
    resources: i18nextResources(),
    interpolation: { escapeValue: false },
  });
});

const FAILURES: LoadFailure[] = [
  { kind: 'parse', reason: 'too-large' },
  { kind: 'parse', reason: 'not-json' },
  { kind: 'parse', reason: 'too-deep' },
  { kind: 'parse', reason: 'wrong-format' },
  { kind: 'parse', reason: 'newer-version', detail: '2' },
  {
    kind: 'parse',
    reason: 'invalid',
    detail: 'workshops[0].title: too_big',
    problem: { kind: 'too-long', record: 'workshop' },
  },
  { kind: 'read', reason: 'not-found' },
  { kind: 'read', reason: 'read-failed', detail: 'EACCES' },
];

describe('restore messages', () => {
  it.each(LOCALES)('every parse and read failure has its own text in %s', async (lng) => {
    await i18n.changeLanguage(lng);
    const explained = FAILURES.map((failure) => describeLoadFailure(failure, i18n.t));
    const texts = explained.map((e) => e.message);
    for (const text of texts) {
      expect(text).not.toMatch(/^(backup|restore)\.|{{|undefined|too_big|EACCES|\[/);
      expect(text.length).toBeGreaterThan(20);
    }
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[4]).toContain('2');
    // The codes are kept for support, apart from the sentence.
    expect(explained[5]?.detail).toBe('workshops[0].title: too_big');
    expect(explained[7]?.detail).toBe('EACCES');
  });

  it('a full disk and other restore failures read differently', async () => {
    await i18n.changeLanguage('en');
    const quota = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
    expect(describeRestoreFailure(quota, i18n.t).message).toMatch(/disk is full/);
    expect(describeRestoreFailure(new Error('boom'), i18n.t)).toEqual({
      message: 'The restore failed and nothing was changed.',
      detail: 'Error: boom',
    });
  });
});

describe('loadSnapshotFile', () => {
  it('refuses an oversized file without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_SNAPSHOT_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    } as unknown as Blob;
    expect(await loadSnapshotFile(huge)).toEqual({
      ok: false,
      failure: { kind: 'parse', reason: 'too-large' },
    });
    expect(read).toBe(false);
  });
});
