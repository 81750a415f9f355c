import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PhaseTimer } from '../../../../shared/domain/phase';
import { MAX_TIMER_MS } from '../../../../shared/domain/timer';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { restorableRecords } from '../../../../shared/io/restorableRecords';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { item, snapshotOf, textWith, workshop } from './snapshotFixtures';

const running: PhaseTimer = {
  phase: 'discuss',
  durationMs: 20 * 60_000,
  startedAt: 1_700_000_700_000,
  pausedRemainingMs: null,
};
const paused: PhaseTimer = {
  phase: 'explore',
  durationMs: 10 * 60_000,
  startedAt: null,
  pausedRemainingMs: 245_000,
};

/** A valid snapshot whose two workshops stand in a phase, one timer running, one paused. */
function withPhases() {
  const snapshot = snapshotOf(2);
  snapshot.workshops = [
    { ...snapshot.workshops[0]!, phase: 'discuss', timer: running },
    { ...snapshot.workshops[1]!, phase: 'decide', timer: paused },
  ];
  return snapshot;
}

describe('a workshop’s phase and timer in a backup file', () => {
  it('round-trip: written, read back and written again to the same bytes', () => {
    const snapshot = withPhases();
    const text = serializeSnapshot(snapshot);
    const parsed = parseSnapshot(text);
    expect(parsed).toEqual({ ok: true, snapshot });
    expect(parsed.ok && serializeSnapshot(parsed.snapshot)).toBe(text);
  });

  it('are left out of the file when unset, so such files stay as they were', () => {
    const text = serializeSnapshot(snapshotOf(1));
    expect(text).not.toContain('"phase"');
    expect(text).not.toContain('"timer"');
  });

  it('are optional: a file from before them restores, and its workshops stand in no phase', () => {
    const v1 = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
    const old = parseSnapshot(v1);
    expect(old.ok).toBe(true);
    expect(old.ok && old.snapshot.workshops.length).toBeGreaterThan(0);
    expect(old.ok && old.snapshot.workshops.every((w) => !('phase' in w) && !('timer' in w))).toBe(
      true,
    );
    expect(parseSnapshot(serializeSnapshot(snapshotOf(2))).ok).toBe(true);
  });

  it.each([
    ['an unknown phase', { phase: 'celebrate' }],
    ['a timer of an unknown phase', { timer: { ...running, phase: 'celebrate' } }],
    ['a timer both running and paused', { timer: { ...running, pausedRemainingMs: 1000 } }],
    ['a countdown over the longest', { timer: { ...paused, pausedRemainingMs: MAX_TIMER_MS + 1 } }],
    ['a negative duration', { timer: { ...paused, durationMs: -1 } }],
    ['a timer with an unknown field', { timer: { ...running, ticks: 3 } }],
    ['a timer without a field', { timer: { phase: 'place', durationMs: 1000, startedAt: null } }],
  ])('are refused with %s', (_, fields) => {
    const text = textWith(snapshotOf(1), (data) => Object.assign(item(data, 'workshops'), fields));
    const result = parseSnapshot(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/^workshops\[0\]\.(phase|timer)/);
  });
});

describe('restorableRecords', () => {
  it('keeps a phase and timer the app can read', () => {
    const records = restorableRecords({
      ...snapshotOf(0),
      workshops: [workshop('w', { phase: 'place', timer: paused })],
    });
    expect(records.workshops[0]).toMatchObject({ phase: 'place', timer: paused });
  });

  it('leaves out a phase or timer it cannot read, so the backup is still written', () => {
    const stored = { ...workshop('w'), phase: 'celebrate', timer: { ...running, startedAt: -1 } };
    const records = restorableRecords({
      ...snapshotOf(0),
      workshops: [stored as unknown as ReturnType<typeof workshop>],
    });
    expect(records.workshops[0]).not.toHaveProperty('phase');
    expect(records.workshops[0]).not.toHaveProperty('timer');
    expect(parseSnapshot(serializeSnapshot({ ...snapshotOf(0), ...records })).ok).toBe(true);
  });
});
