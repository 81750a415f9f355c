import { describe, expect, it } from 'vitest';
import { applies, invert, isNoOp } from '../../../../shared/domain/changes';
import {
  DEFAULT_PHASE,
  PHASES,
  phaseChange,
  phaseOf,
  timeBoxMs,
  timerFor,
  type PhaseTimer,
} from '../../../../shared/domain/phase';
import { idleTimer, start } from '../../../../shared/domain/timer';

describe('phases', () => {
  it('run from preparing to exporting', () => {
    expect(PHASES).toEqual(['prepare', 'explore', 'place', 'discuss', 'decide', 'export']);
  });

  it('reads an unset or unknown phase as the first', () => {
    expect(phaseOf({})).toBe('prepare');
    expect(phaseOf({ phase: 'celebrate' })).toBe(DEFAULT_PHASE);
    expect(phaseOf({ phase: 'discuss' })).toBe('discuss');
  });
});

describe('timerFor', () => {
  const running: PhaseTimer = { phase: 'discuss', ...start(idleTimer(20 * 60_000), 1000) };

  it('shows the stored timer in its own phase', () => {
    expect(timerFor({ timer: running }, 'discuss')).toBe(running);
  });

  it("shows another phase's own fresh time box, leaving the stored timer for its phase", () => {
    expect(timerFor({ timer: running }, 'explore')).toEqual({
      phase: 'explore',
      ...idleTimer(timeBoxMs('explore')),
    });
    expect(timerFor({}, 'place')).toEqual({ phase: 'place', ...idleTimer(15 * 60_000) });
  });

  it('shows a fresh timer in place of one it cannot run', () => {
    const broken = { ...running, durationMs: -5 };
    expect(timerFor({ timer: broken }, 'discuss').startedAt).toBeNull();
  });
});

describe('a phase change as a change record', () => {
  const change = { ...phaseChange('w', 'explore'), from: 'prepare' as const };

  it('is undone by its inverse', () => {
    expect(invert(change)).toEqual({
      kind: 'phase.set',
      workshopId: 'w',
      from: 'explore',
      to: 'prepare',
    });
    expect(invert(invert(change))).toEqual(change);
  });

  it('applies only while the workshop is still in the phase it came from', () => {
    const undo = { ...change, from: change.to, to: change.from };
    expect(invert(change)).toEqual(undo);
    expect(applies(change, 'prepare')).toBe(true);
    expect(applies(undo, 'explore')).toBe(true);
    // Someone moved on to Discuss since: undoing the move to Explore must not step back.
    expect(applies(undo, 'discuss')).toBe(false);
  });

  it('changes nothing when it moves to the phase it is in', () => {
    expect(isNoOp({ ...change, to: 'prepare' })).toBe(true);
    expect(isNoOp(change)).toBe(false);
  });
});
