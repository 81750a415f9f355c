import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshops } from '../../db/useWorkshops';
// Loaded with the start screen, so the lazily loaded dialogs have their styles at once.
import './files.css';

const ImportWorkshopDialog = lazy(() =>
  import('./ImportWorkshopDialog').then((module) => ({ default: module.ImportWorkshopDialog })),
);
const ExportWorkshopsDialog = lazy(() =>
  import('./ExportWorkshopsDialog').then((module) => ({ default: module.ExportWorkshopsDialog })),
);

/**
 * Above the workshop list: import a workshop file, and export several workshops into one. The
 * file input is named by its label, so screen readers and tests find it as the button it looks
 * like.
 */
export function HomeFileActions() {
  const { t } = useTranslation();
  const workshops = useWorkshops();
  const [picked, setPicked] = useState<File | null>(null);
  const [exporting, setExporting] = useState(false);
  return (
    <div className="home-files">
      <label className="file-pick">
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again (after fixing it) fires a change.
            event.target.value = '';
            if (file) setPicked(file);
          }}
        />
        {t('files.importButton')}
      </label>
      {workshops && workshops.length > 0 && (
        <button type="button" onClick={() => setExporting(true)}>
          {t('files.exportSeveral')}
        </button>
      )}
      <Suspense fallback={null}>
        {picked && (
          <ImportWorkshopDialog
            key={`${picked.name} ${picked.lastModified}`}
            file={picked}
            onClose={() => setPicked(null)}
          />
        )}
        {exporting && <ExportWorkshopsDialog onClose={() => setExporting(false)} />}
      </Suspense>
    </div>
  );
}
