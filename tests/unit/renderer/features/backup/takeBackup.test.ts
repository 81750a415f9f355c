import { describe, expect, it, vi } from 'vitest';
import { runOutcomeOf, takeBackup } from '../../../../../renderer/src/features/backup/takeBackup';
import { parseSnapshot } from '../../../../../shared/io/parseSnapshot';
import { snapshotOf } from '../../../shared/io/snapshotFixtures';

describe('takeBackup', () => {
  it('hands the serialised snapshot to the bridge and reports the answer', async () => {
    const write = vi.fn(
      async (_text: string) => ({ ok: true, id: 'b', unchanged: false }) as const,
    );
    const report = vi.fn();
    const result = await takeBackup({ snapshot: async () => snapshotOf(2) }, { write }, report);
    expect(result).toEqual({ ok: true, id: 'b', unchanged: false });
    expect(parseSnapshot(write.mock.calls[0]?.[0] ?? '')).toEqual({
      ok: true,
      snapshot: snapshotOf(2),
    });
    // The snapshot's own time: the one the backup list shows for this backup.
    expect(report).toHaveBeenCalledWith({ at: Date.parse('2026-11-30T12:00:00.000Z'), result });
  });

  it('turns a failed database read into a reported failure, not a throw', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const write = vi.fn();
    const report = vi.fn();
    const result = await takeBackup(
      {
        snapshot: async () => {
          throw new Error('database closed');
        },
      },
      { write },
      report,
    );
    expect(result).toEqual({ ok: false, reason: 'write-failed', message: 'database closed' });
    expect(write).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledWith({ at: expect.any(Number), result });
  });

  it('counts only a backup that wrote, or failed to write, a file toward the next one', () => {
    expect(runOutcomeOf({ ok: true, id: 'b', unchanged: false })).toBe('written');
    expect(runOutcomeOf({ ok: true, id: 'b', unchanged: true })).toBe('nothing-new');
    expect(runOutcomeOf({ ok: false, reason: 'empty' })).toBe('nothing-new');
    expect(runOutcomeOf({ ok: false, reason: 'write-failed', message: 'EACCES' })).toBe('failed');
    expect(runOutcomeOf({ ok: false, reason: 'invalid-request' })).toBe('failed');
  });
});
