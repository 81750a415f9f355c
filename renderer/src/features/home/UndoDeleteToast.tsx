import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopReuseRepo, type DeletedWorkshop } from '../../db/workshopReuseRepo';

/** How long a delete can be taken back. */
export const UNDO_SECONDS = 10;

/** A delete that can still be undone: what was deleted, in memory only. */
export type PendingDelete = { deleted: DeletedWorkshop; title: string };

type Props = {
  pending: PendingDelete | null;
  /** The toast is done: undone, or the time is up (the delete stands). */
  onDone: () => void;
  onRestored: (title: string) => void;
  onFailed: (error: unknown) => void;
};

/**
 * "“T” was deleted. [Undo]" for UNDO_SECONDS after a delete. A polite status region that
 * never takes the focus; the time stops while the pointer or the focus is in it, so a keyboard
 * or screen-reader user who went to it has all the time they need. Undo puts back exactly what
 * was deleted, in one transaction. Closing the app lets the delete stand.
 */
export function UndoDeleteToast({ pending, onDone, onRestored, onFailed }: Props) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [busy, setBusy] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  const paused = hovered || focused || busy;
  // The parent's callback changes with each of its renders; the countdown must not restart.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  useEffect(() => {
    if (!pending || paused) return;
    const timer = setTimeout(() => done.current(), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [pending, paused]);

  const undo = () => {
    if (!pending || busy) return;
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    setBusy(true);
    workshopReuseRepo
      .restore(pending.deleted)
      .then(() => {
        onRestored(pending.title);
        if (hadFocus) focusWorkshop(pending.deleted.workshopId);
      })
      .catch(onFailed)
      .finally(() => {
        setBusy(false);
        setFocused(false);
        done.current();
      });
  };

  return (
    <div
      ref={region}
      role="status"
      className={pending ? 'toast' : 'toast-empty'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      {pending && (
        <>
          <span className="toast-text">{t('reuse.deleted', { title: pending.title })}</span>
          <button
            type="button"
            className="toast-action"
            aria-label={t('reuse.undoDelete', { title: pending.title })}
            onClick={undo}
            disabled={busy}
          >
            {t('reuse.undo')}
          </button>
        </>
      )}
    </div>
  );
}

/** Moves the focus to a restored workshop's open button once the list shows it again. */
function focusWorkshop(id: string) {
  let tries = 0;
  const attempt = () => {
    const button = document.querySelector<HTMLElement>(
      `[data-workshop-id="${CSS.escape(id)}"] .workshop-open`,
    );
    if (button) button.focus();
    else if (++tries < 20) setTimeout(attempt, 50);
  };
  attempt();
}
