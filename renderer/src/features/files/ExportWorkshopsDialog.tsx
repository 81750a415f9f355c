import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshops } from '../../db/useWorkshops';
import { Modal } from '../../ui/Modal';
import { FileJobNote } from './FileJobNote';
import { useFileJob } from './useFileJob';

type Props = { onClose: () => void };

/**
 * Picks workshops for one workshop file: all of them at first; when every workshop stays
 * picked the file says so (`kind: 'all'`).
 */
export function ExportWorkshopsDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const workshops = useWorkshops();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const { state, busy, run } = useFileJob();
  const picked = (workshops ?? []).filter((w) => !left.has(w.id)).map((w) => w.id);
  const all = picked.length === (workshops ?? []).length;

  const toggle = (id: string, on: boolean) =>
    setLeft((before) => {
      const next = new Set(before);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  function save() {
    void run('workshops', async () => {
      const { workshopFileOf } = await import('./workshopFileTransfer');
      return workshopFileOf(all ? 'all' : picked);
    });
  }

  return (
    <Modal labelledBy="export-heading" onClose={onClose} className="files-dialog">
      <h2 id="export-heading">{t('files.exportHeading')}</h2>
      <fieldset className="files-pick">
        <legend>{t('files.exportIntro')}</legend>
        <label className="files-pick-all">
          <input
            type="checkbox"
            checked={all}
            onChange={(event) =>
              setLeft(
                event.target.checked ? new Set() : new Set((workshops ?? []).map((w) => w.id)),
              )
            }
          />
          {t('files.exportAll')}
        </label>
        {(workshops ?? []).map((w) => (
          <label key={w.id}>
            <input
              type="checkbox"
              checked={!left.has(w.id)}
              onChange={(event) => toggle(w.id, event.target.checked)}
            />
            {w.title}
          </label>
        ))}
      </fieldset>
      {picked.length === 0 && <p className="muted">{t('files.exportNone')}</p>}
      <FileJobNote state={state} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('files.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || picked.length === 0}
          onClick={save}
        >
          {busy ? t('files.working') : t('files.exportSave')}
        </button>
      </div>
    </Modal>
  );
}
