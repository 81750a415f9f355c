import type { DesktopApi } from '@shared/ipc/types';

declare global {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Present only in the desktop app, set by the preload. */
    desktop?: DesktopApi;
  }
}
