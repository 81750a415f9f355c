import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSnapshot } from '@shared/io/parseSnapshot';
import { serializeSnapshot } from '@shared/io/serializeSnapshot';
import { backupRepo, type BackupRepo } from '../../db/backupRepo';
import { downloadFile } from '../../platform/download';
import { describeError } from '../../ui/describeError';

type Props = { repo?: Pick<BackupRepo, 'snapshot'> };

/** `klimatverkstad-2026-11-30.json`: the day in the name, so copies sort by date. */
export function backupFileName(now: Date): string {
  return `klimatverkstad-${now.toLocaleDateString('sv-SE')}.json`;
}

/**
 * Saves every workshop to a file the facilitator keeps (a USB stick, another computer): the
 * same format the automatic backups use, so "Restore from file" reads it back.
 */
export function SaveBackupFile({ repo = backupRepo }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<{ saved: string } | { error: unknown } | null>(null);

  async function save() {
    try {
      const now = new Date();
      const text = serializeSnapshot(await repo.snapshot(now.getTime()));
      // This file may be the only backup there is: make sure it will restore before handing it
      // over, rather than finding out on the day it is needed.
      const check = parseSnapshot(text);
      if (!check.ok) throw new Error(`${check.reason} ${check.detail ?? ''}`.trim());
      const name = backupFileName(now);
      downloadFile(name, new TextEncoder().encode(text), 'application/json');
      setOutcome({ saved: name });
    } catch (error) {
      setOutcome({ error });
    }
  }

  return (
    <>
      <button type="button" onClick={save}>
        {t('backup.saveButton')}
      </button>
      {outcome && 'saved' in outcome && (
        <p role="status">{t('backup.saved', { name: outcome.saved })}</p>
      )}
      {outcome && 'error' in outcome && (
        <p role="alert" className="form-error">
          {describeError(outcome.error, t)}
        </p>
      )}
    </>
  );
}
