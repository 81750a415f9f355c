import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedWorkshop } from '@shared/io/workshopFileImport';
import type { WorkshopFile } from '@shared/io/workshopFileFormat';
import { Modal } from '../../ui/Modal';
import { RestoreFailureNote } from '../backup/RestoreFailureNote';
import { describeImportFailure, describeLoadFailure } from './describeFileFailure';
import {
  copiesOf,
  importWorkshopFile,
  loadWorkshopFile,
  type LoadFailure,
} from './workshopFileTransfer';

type Props = { file: File; onClose: () => void };

/** Where the import stands; what happened, not sentences, so the words follow the language. */
type Step =
  | { kind: 'reading' }
  | { kind: 'refused'; failure: LoadFailure }
  | { kind: 'confirm'; file: WorkshopFile; backup: boolean; copies: number }
  | { kind: 'importing' }
  | { kind: 'imported'; workshops: ImportedWorkshop[] }
  | { kind: 'failed'; error: unknown };

/**
 * Reads a workshop file (or a backup file), says what it holds and what comes in as a copy,
 * and imports it after the facilitator confirms: beside the workshops here, never over them.
 * A refused file is said in plain words and nothing changes.
 */
export function ImportWorkshopDialog({ file, onClose }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'reading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await loadWorkshopFile(file);
      const next: Step = loaded.ok
        ? {
            kind: 'confirm',
            file: loaded.file,
            backup: loaded.backup,
            copies: await copiesOf(loaded.file),
          }
        : { kind: 'refused', failure: loaded.failure };
      if (live) setStep(next);
    })().catch((error: unknown) => {
      if (live) setStep({ kind: 'refused', failure: { kind: 'read', detail: String(error) } });
    });
    return () => {
      live = false;
    };
  }, [file]);

  async function confirm(loaded: WorkshopFile) {
    setStep({ kind: 'importing' });
    try {
      setStep({
        kind: 'imported',
        workshops: await importWorkshopFile(loaded, t('files.copyMark')),
      });
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  }

  const close = (
    <button type="button" onClick={onClose} autoFocus>
      {t('files.close')}
    </button>
  );
  const canImport = step.kind === 'confirm' && step.file.workshops.length > 0;

  return (
    <Modal labelledBy="import-heading" onClose={onClose} className="files-dialog">
      <h2 id="import-heading">{t('files.importHeading')}</h2>
      {(step.kind === 'reading' || step.kind === 'importing') && (
        <p role="status">
          {t(step.kind === 'reading' ? 'files.importReading' : 'files.importing')}
        </p>
      )}
      {step.kind === 'refused' && <RestoreFailureNote {...describeLoadFailure(step.failure, t)} />}
      {step.kind === 'failed' && <RestoreFailureNote {...describeImportFailure(step.error, t)} />}
      {step.kind === 'confirm' && (
        <>
          <p>
            {t('files.importSummary', { count: step.file.workshops.length, name: file.name })}{' '}
            {step.backup && t('files.importBackup')}
          </p>
          {canImport ? (
            <p>
              {step.copies > 0 && `${t('files.importCopies', { count: step.copies })} `}
              {t('files.importNothingReplaced')}
            </p>
          ) : (
            <p role="status">{t('files.importEmpty')}</p>
          )}
        </>
      )}
      {step.kind === 'imported' && (
        <div role="status">
          <p>{t('files.imported', { count: step.workshops.length })}</p>
          <ul className="files-imported">
            {step.workshops.map((w) => (
              <li key={w.id}>{w.title}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        {canImport ? (
          <>
            <button type="button" onClick={onClose} data-autofocus>
              {t('files.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void confirm(step.file)}>
              {t('files.importConfirm')}
            </button>
          </>
        ) : (
          step.kind !== 'importing' && step.kind !== 'reading' && close
        )}
      </div>
    </Modal>
  );
}
