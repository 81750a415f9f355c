// Types of the IPC contract. Type-only, so importing them costs nothing at runtime.

export type SavePlanRequest = {
  /** File name shown in the save dialog; the main process sanitises it. */
  suggestedName: string;
  /** The finished PDF, 1..MAX_PLAN_BYTES bytes. */
  bytes: Uint8Array;
};

export type SavePlanFailureReason = 'cancelled' | 'invalid-request' | 'write-failed';

export type SavePlanResult =
  { ok: true; path: string } | { ok: false; reason: SavePlanFailureReason; message?: string };

/** What the preload exposes on `window.desktop`: one named method per channel. */
export type DesktopApi = {
  savePlan(request: SavePlanRequest): Promise<SavePlanResult>;
};
