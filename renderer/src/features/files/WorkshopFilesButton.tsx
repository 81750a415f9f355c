import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '@shared/domain/workshop';

// Loaded when first opened: CSV, the picture and the zip are not needed on the start screen.
const WorkshopFilesDialog = lazy(() =>
  import('./WorkshopFilesDialog').then((module) => ({ default: module.WorkshopFilesDialog })),
);

/** A workshop's "Files" on the start screen: its exports, in a dialog. */
export function WorkshopFilesButton({ workshop }: { workshop: Pick<Workshop, 'id' | 'title'> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ghost workshop-files"
        aria-label={t('files.filesOf', { title: workshop.title })}
        onClick={() => setOpen(true)}
      >
        {t('files.filesButton')}
      </button>
      {open && (
        // Its own boundary: while the dialog loads, the start screen stays as it is.
        <Suspense fallback={null}>
          <WorkshopFilesDialog workshopId={workshop.id} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
