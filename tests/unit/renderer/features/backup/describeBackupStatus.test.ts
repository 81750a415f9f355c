import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupState } from '../../../../../renderer/src/features/backup/backupStatus';
import { describeBackupStatus } from '../../../../../renderer/src/features/backup/describeBackupStatus';
import type { Locale } from '../../../../../shared/catalogue/types';
import type { BackupWriteResult } from '../../../../../shared/ipc/types';
import { MESSAGES } from '../../../../../shared/i18n';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
  });
});

// Local times, so the expected clock readings hold in every time zone.
const START = new Date(2026, 11, 3, 12, 4, 0).getTime();
const DUE = new Date(2026, 11, 3, 12, 4, 31).getTime();
const WRITTEN = new Date(2026, 11, 3, 12, 4, 31).getTime();

const EMPTY: BackupWriteResult = { ok: false, reason: 'empty' };
const WRITTEN_RESULT: BackupWriteResult = { ok: true, id: 'b', unchanged: false };
const UNCHANGED: BackupWriteResult = { ok: true, id: 'b', unchanged: true };

function state(extra: Partial<BackupState>): BackupState {
  return { latest: null, writtenAt: null, backedUp: false, dueAt: null, running: false, ...extra };
}

async function statusOf(s: BackupState, locale: Locale = 'en') {
  await i18n.changeLanguage(locale);
  return describeBackupStatus(s, i18n.t, locale);
}

describe('the backup status', () => {
  it('says nothing before the start-up backup has answered', async () => {
    expect(await statusOf(state({}))).toBeNull();
    expect(await statusOf(state({ running: true }))).toBeNull();
  });

  it('a new user: nothing to save at start, then when the first backup follows, then its time', async () => {
    const started = state({ latest: { at: START, result: EMPTY } });
    expect(await statusOf(started)).toEqual({
      text: 'There are no workshops to back up.',
      warning: false,
    });

    // The first workshop exists now: the start-up finding is no longer true, and is not said.
    const waiting = { ...started, dueAt: DUE };
    expect((await statusOf(waiting))?.text).toBe(
      'Not backed up yet — the first backup follows at 12:04:31.',
    );
    expect((await statusOf(waiting, 'sv'))?.text).toBe(
      'Inte säkerhetskopierat ännu – den första säkerhetskopian tas kl. 12:04:31.',
    );
    expect((await statusOf({ ...started, running: true }))?.text).toBe('Backing up…');

    const written = state({
      latest: { at: WRITTEN, result: WRITTEN_RESULT },
      writtenAt: WRITTEN,
      backedUp: true,
    });
    expect(await statusOf(written)).toEqual({
      text: 'Latest backup: 3 December 2026, 12:04:31.',
      warning: false,
    });
    expect((await statusOf(written, 'sv'))?.text).toBe(
      'Senaste säkerhetskopia: 3 december 2026, 12:04:31.',
    );
  });

  it('a returning user: everything is in the latest backup until the next change', async () => {
    const checked = state({ latest: { at: START, result: UNCHANGED }, backedUp: true });
    expect((await statusOf(checked))?.text).toBe('All workshops are in the latest backup.');
    expect((await statusOf({ ...checked, dueAt: DUE }))?.text).toBe(
      'Your latest changes are backed up at 12:04:31.',
    );
  });

  it('after a written backup, newer changes say when they follow', async () => {
    const pending = state({
      latest: { at: WRITTEN, result: WRITTEN_RESULT },
      writtenAt: WRITTEN,
      backedUp: true,
      dueAt: new Date(2026, 11, 3, 12, 9, 31).getTime(),
    });
    expect((await statusOf(pending))?.text).toBe(
      'Latest backup: 3 December 2026, 12:04:31. Your latest changes are backed up at 12:09:31.',
    );
  });

  it('every workshop deleted after a backup: the backup stays named, nothing new is taken', async () => {
    const cleared = state({
      latest: { at: DUE, result: EMPTY },
      writtenAt: WRITTEN,
      backedUp: true,
    });
    expect((await statusOf(cleared))?.text).toBe(
      'Latest backup: 3 December 2026, 12:04:31. There are no workshops now, so no new backup is taken.',
    );
  });

  it('a failure is a warning, the disk full one says what to do, and a retry is announced', async () => {
    const failed = state({
      latest: { at: START, result: { ok: false, reason: 'write-failed', message: 'EACCES' } },
    });
    expect(await statusOf(failed)).toEqual({
      text: 'The latest automatic backup failed: EACCES',
      warning: true,
    });
    const full = state({
      latest: {
        at: START,
        result: { ok: false, reason: 'write-failed', message: 'ENOSPC: no space left on device' },
      },
      writtenAt: START - 60_000,
      backedUp: true,
      dueAt: DUE,
    });
    const text = (await statusOf(full))?.text ?? '';
    expect(text).toMatch(/^Latest backup: .*, 12:03:00\. /);
    expect(text).toMatch(/the disk is full\. Free some space/);
    expect(text).toMatch(/Your latest changes are backed up at 12:04:31\.$/);
  });
});
