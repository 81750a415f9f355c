import { useTranslation } from 'react-i18next';
import { usePlacements } from '../../db/usePlacements';
import { useVoices } from '../../db/useVoices';
import { useWorkshop } from '../../db/useWorkshop';
import { Modal } from '../../ui/Modal';
import { useLocale } from '../settings/useLocale';
import { FileJobNote } from './FileJobNote';
import type { NamedFile } from './resultsPack';
import { useFileJob } from './useFileJob';
import {
  matrixPngFile,
  placementsCsvFile,
  resultsPackFile,
  votesCsvFile,
  type WorkshopData,
} from './workshopExports';

type Props = { workshopId: string; onClose: () => void };
type Make = (data: WorkshopData) => NamedFile | Promise<NamedFile>;

/**
 * One workshop's files: the results pack for decision-makers, the workshop file to move or
 * share it, CSV for spreadsheets and the matrix as a picture. Each is made when asked for.
 */
export function WorkshopFilesDialog({ workshopId, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workshop = useWorkshop(workshopId);
  const placements = usePlacements(workshopId);
  const voices = useVoices(workshopId);
  const { state, busy, run } = useFileJob();

  const data: WorkshopData | null =
    workshop && placements && voices ? { workshop, placements, ...voices } : null;
  /** A button that makes one kind of file, described by the sentence with `describedBy`. */
  const fileButton = (job: string, label: string, make: Make, describedBy: string) => (
    <button
      type="button"
      disabled={busy || !data}
      aria-describedby={describedBy}
      onClick={() => {
        if (data) void run(job, () => make(data));
      }}
    >
      {state.kind === 'busy' && state.job === job ? t('files.working') : label}
    </button>
  );
  const workshopFile: Make = async () =>
    (await import('./workshopFileTransfer')).workshopFileOf([workshopId]);

  return (
    <Modal labelledBy="files-heading" onClose={onClose} className="files-dialog">
      <h2 id="files-heading">{t('files.filesHeading')}</h2>
      {workshop && <p className="files-workshop">{workshop.title}</p>}
      <ul className="files-list">
        <li>
          {fileButton(
            'pack',
            t('files.pack'),
            (d) => resultsPackFile(d, locale, t),
            'files-pack-intro',
          )}
          <span id="files-pack-intro" className="muted">
            {t('files.packIntro')}
          </span>
        </li>
        <li>
          {fileButton('workshop', t('files.workshopFile'), workshopFile, 'files-workshop-intro')}
          <span id="files-workshop-intro" className="muted">
            {t('files.workshopFileIntro')}
          </span>
        </li>
        <li>
          <span className="files-pair">
            {fileButton(
              'placements',
              t('files.placementsCsv'),
              (d) => placementsCsvFile(d, locale, t),
              'files-csv-intro',
            )}
            {fileButton(
              'votes',
              t('files.votesCsv'),
              (d) => votesCsvFile(d, locale, t),
              'files-csv-intro',
            )}
          </span>
          <span id="files-csv-intro" className="muted">
            {t('files.csvIntro')}
          </span>
        </li>
        <li>
          {fileButton('png', t('files.png'), (d) => matrixPngFile(d, locale, t), 'files-png-intro')}
          <span id="files-png-intro" className="muted">
            {t('files.pngIntro')}
          </span>
        </li>
      </ul>
      <FileJobNote state={state} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('files.close')}
        </button>
      </div>
    </Modal>
  );
}
