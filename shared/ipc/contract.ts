// The whole IPC contract in one import, for code that may load zod (main process, tests).
// The preload imports ./channels and ./types directly so its bundle stays free of zod.
export {
  BACKUP_ID_PATTERN,
  CHANNELS,
  EVENTS,
  isMenuAction,
  MAX_BACKUP_BYTES,
  MAX_PLAN_BYTES,
  MAX_PLAN_NAME_LENGTH,
  MENU_ACTIONS,
  type Channel,
  type MenuAction,
} from './channels';
export {
  backupListRequestSchema,
  backupReadRequestSchema,
  backupWriteRequestSchema,
  savePlanRequestSchema,
} from './schemas';
export type {
  BackupListResult,
  BackupReadFailureReason,
  BackupReadResult,
  BackupSummary,
  BackupWriteFailureReason,
  BackupWriteResult,
  DesktopApi,
  SavePlanFailureReason,
  SavePlanRequest,
  SavePlanResult,
} from './types';
