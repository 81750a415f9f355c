// The app's own origin. Chosen once for good: IndexedDB and localStorage live per origin, so a
// different scheme or host later would cut users off from their saved workshops.

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
