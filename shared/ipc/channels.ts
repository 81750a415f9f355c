// Runtime values of the IPC contract. Kept free of zod so the sandboxed preload, which may only
// require('electron'), can import the channel names without pulling in a schema library.

/** Channel names, `area:verb`. */
export const CHANNELS = {
  savePlan: 'plan:save',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Largest PDF the renderer may hand to the main process (bytes). */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

/** Longest file name the renderer may suggest for a saved plan (characters). */
export const MAX_PLAN_NAME_LENGTH = 200;
