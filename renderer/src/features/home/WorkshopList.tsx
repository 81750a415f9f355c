import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '@shared/domain/workshop';
import { MODELS } from '@shared/catalogue';
import { useWorkshops } from '../../db/useWorkshops';
import { usePlacementCounts } from '../../db/usePlacementCounts';
import { workshopsRepo } from '../../db/workshopsRepo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeError } from '../../ui/describeError';
import { WorkshopMeta } from '../../ui/WorkshopMeta';
import { WorkshopFilesButton } from '../files/WorkshopFilesButton';

type Props = { onOpen: (workshopId: string) => void };

/** The workshops on this machine, newest first, each with open and delete. */
export function WorkshopList({ onOpen }: Props) {
  const { t } = useTranslation();
  const workshops = useWorkshops();
  const counts = usePlacementCounts();
  const [toDelete, setToDelete] = useState<Workshop | null>(null);
  // The error itself, not its text: the message follows a language switch.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  if (!workshops) return null;
  if (workshops.length === 0) return <p className="muted">{t('home.empty')}</p>;

  return (
    <>
      {failure && (
        <p role="alert" className="form-error">
          {describeError(failure.error, t)}
        </p>
      )}
      <ul className="workshop-list">
        {workshops.map((workshop) => (
          <li key={workshop.id} className="workshop-item">
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
              className="ghost danger workshop-delete"
              aria-label={t('home.delete', { title: workshop.title })}
              onClick={() => setToDelete(workshop)}
            >
              {/* Text, not an icon glyph: locked-down machines often lack emoji fonts. */}
              {t('home.confirmDelete')}
            </button>
          </li>
        ))}
      </ul>
      {toDelete && (
        <ConfirmDialog
          heading={t('home.confirmDeleteHeading')}
          body={t('home.confirmDeleteBody', { title: toDelete.title })}
          confirmLabel={t('home.confirmDelete')}
          cancelLabel={t('home.cancel')}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            const id = toDelete.id;
            setToDelete(null);
            setFailure(null);
            workshopsRepo.remove(id).catch((error: unknown) => setFailure({ error }));
          }}
        />
      )}
    </>
  );
}
