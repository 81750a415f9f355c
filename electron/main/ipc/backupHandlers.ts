// The `backup:*` handlers without Electron: sender check and payload parsing in front of the
// store, so hostile-payload and foreign-sender tests run in plain Node.
import {
  backupListRequestSchema,
  backupReadRequestSchema,
  backupWriteRequestSchema,
} from '@shared/ipc/schemas';
import type { BackupListResult, BackupReadResult, BackupWriteResult } from '@shared/ipc/types';
import type { BackupStore } from '../backup';
import { isTrustedSender } from '../security';

const INVALID = { ok: false, reason: 'invalid-request' } as const;

export type BackupHandlers = {
  write(senderUrl: unknown, payload: unknown): Promise<BackupWriteResult>;
  list(senderUrl: unknown, payload: unknown): Promise<BackupListResult>;
  read(senderUrl: unknown, payload: unknown): Promise<BackupReadResult>;
};

/** Handlers that answer only the app's own frame and only well-formed payloads. */
export function createBackupHandlers(store: BackupStore): BackupHandlers {
  return {
    async write(senderUrl, payload) {
      if (!isTrustedSender(senderUrl)) return INVALID;
      const parsed = backupWriteRequestSchema.safeParse(payload);
      return parsed.success ? store.write(parsed.data) : INVALID;
    },
    async list(senderUrl, payload) {
      if (!isTrustedSender(senderUrl)) return INVALID;
      return backupListRequestSchema.safeParse(payload).success ? store.list() : INVALID;
    },
    async read(senderUrl, payload) {
      if (!isTrustedSender(senderUrl)) return INVALID;
      const parsed = backupReadRequestSchema.safeParse(payload);
      return parsed.success ? store.read(parsed.data) : INVALID;
    },
  };
}
