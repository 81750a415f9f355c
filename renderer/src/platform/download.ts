/**
 * Hands bytes to the user as a file: a download in the browser; in the desktop app Electron
 * shows its native save dialog for the same download.
 */
export function downloadFile(suggestedName: string, bytes: Uint8Array, type: string): void {
  const blob = new Blob([bytes.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
