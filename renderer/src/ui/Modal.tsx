import { useEffect, useRef, type ReactNode } from 'react';

type Props = { labelledBy: string; onClose: () => void; className?: string; children: ReactNode };

/**
 * A modal on the native <dialog>: focus is trapped, Escape and clicks on the backdrop close it,
 * focus starts on the element marked `data-autofocus` (else the first control), and returns to
 * where it was when the dialog opened.
 */
export function Modal({ labelledBy, onClose, className = '', children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the dialog's first control, which may be destructive ("Back to the
      // list"); the dialog names its harmless default with data-autofocus instead. (React's
      // autoFocus runs before this effect, so showModal() would override it.)
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      // The dialog is already gone from the page, so the browser cannot restore focus itself.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the dialog element itself may be on its padding; only outside its box is
        // the backdrop.
        const box = event.currentTarget.getBoundingClientRect();
        const inside =
          event.clientX >= box.left &&
          event.clientX <= box.right &&
          event.clientY >= box.top &&
          event.clientY <= box.bottom;
        if (event.target === event.currentTarget && !inside) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
