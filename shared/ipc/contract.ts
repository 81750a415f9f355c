// The whole IPC contract in one import, for code that may load zod (main process, tests).
// The preload imports ./channels and ./types directly so its bundle stays free of zod.
export { CHANNELS, MAX_PLAN_BYTES, MAX_PLAN_NAME_LENGTH, type Channel } from './channels';
export { savePlanRequestSchema } from './schemas';
export type { DesktopApi, SavePlanFailureReason, SavePlanRequest, SavePlanResult } from './types';
