import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '@shared/domain/workshop';
import { MODELS } from '@shared/catalogue';
import { useWorkshops } from '../../db/useWorkshops';
import { usePlacementCounts } from '../../db/usePlacementCounts';
import {
  workshopReuseRepo,
  type DuplicateKind,
  type WorkshopContents,
} from '../../db/workshopReuseRepo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/describeError';
import { WorkshopMeta } from '../../ui/WorkshopMeta';
import { WorkshopFilesButton } from '../files/WorkshopFilesButton';
import { deleteQuestion } from './deleteQuestion';
import { UNDO_SECONDS, UndoDeleteToast, type PendingDelete } from './UndoDeleteToast';

type Props = { onOpen: (workshopId: string) => void };

/**
 * The workshops on this machine, newest first, each with open, files, duplicate (as a template
 * or a full copy) and delete; a delete can be undone from a toast for a while.
 */
export function WorkshopList({ onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const workshops = useWorkshops();
  const counts = usePlacementCounts();
  const [toDelete, setToDelete] = useState<{
    workshop: Workshop;
    contents: WorkshopContents;
  } | null>(null);
  // The error itself, not its text: the message follows a language switch.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [notice, setNotice] = useState('');
  const [pending, setPending] = useState<PendingDelete | null>(null);

  const askDelete = (workshop: Workshop) => {
    setFailure(null);
    workshopReuseRepo
      .contents(workshop.id)
      .then((contents) => setToDelete({ workshop, contents }))
      .catch((error: unknown) => setFailure({ error }));
  };

  const duplicate = (workshop: Workshop, kind: DuplicateKind) => {
    setFailure(null);
    setNotice('');
    const mark = t(kind === 'template' ? 'reuse.templateMark' : 'reuse.copyMark');
    workshopReuseRepo
      .duplicate(workshop.id, kind, { newId: () => crypto.randomUUID(), mark, now: Date.now() })
      .then((made) => {
        if (made) setNotice(t('reuse.duplicated', { title: made.title }));
      })
      .catch((error: unknown) => setFailure({ error }));
  };

  const toast = (
    <UndoDeleteToast
      pending={pending}
      onDone={() => setPending(null)}
      onRestored={(title) => setNotice(t('reuse.restored', { title }))}
      onFailed={(error) => setFailure({ error })}
    />
  );

  if (!workshops) return null;

  return (
    <>
      {failure && (
        <p role="alert" className="form-error">
          {describeError(failure.error, t)}
        </p>
      )}
      <p role="status" className="home-notice">
        {notice}
      </p>
      {workshops.length === 0 ? (
        <p className="muted">{t('home.empty')}</p>
      ) : (
        <ul className="workshop-list">
          {workshops.map((workshop) => (
            <li key={workshop.id} className="workshop-item" data-workshop-id={workshop.id}>
              <button
                type="button"
                className="workshop-open"
                aria-label={t('home.open', { title: workshop.title })}
                onClick={() => onOpen(workshop.id)}
              >
                <span className="workshop-title">{workshop.title}</span>
                <span className="workshop-meta">
                  <WorkshopMeta workshop={workshop} />
                </span>
                <span className="workshop-meta">
                  {t('home.placedCount', {
                    count: counts?.get(workshop.id) ?? 0,
                    total: MODELS.length,
                  })}
                </span>
              </button>
              <WorkshopFilesButton workshop={workshop} />
              <button
                type="button"
                className="ghost workshop-duplicate"
                aria-label={t('reuse.duplicateTemplateOf', { title: workshop.title })}
                onClick={() => duplicate(workshop, 'template')}
              >
                {t('reuse.duplicateTemplate')}
              </button>
              <button
                type="button"
                className="ghost workshop-duplicate"
                aria-label={t('reuse.duplicateCopyOf', { title: workshop.title })}
                onClick={() => duplicate(workshop, 'copy')}
              >
                {t('reuse.duplicateCopy')}
              </button>
              <button
                type="button"
                className="ghost danger workshop-delete"
                aria-label={t('home.delete', { title: workshop.title })}
                onClick={() => askDelete(workshop)}
              >
                {/* Text, not an icon glyph: locked-down machines often lack emoji fonts. */}
                {t('home.confirmDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {toast}
      {toDelete && (
        <ConfirmDialog
          heading={t('home.confirmDeleteHeading')}
          body={deleteQuestion(
            toDelete.workshop.title,
            toDelete.contents,
            UNDO_SECONDS,
            t,
            i18n.language,
          )}
          confirmLabel={t('home.confirmDelete')}
          cancelLabel={t('home.cancel')}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            const { id, title } = toDelete.workshop;
            setToDelete(null);
            setFailure(null);
            setNotice('');
            workshopReuseRepo
              .remove(id)
              .then((deleted) => setPending({ deleted, title }))
              .catch((error: unknown) => setFailure({ error }));
          }}
        />
      )}
    </>
  );
}
