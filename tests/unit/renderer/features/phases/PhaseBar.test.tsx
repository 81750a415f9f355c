// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangesRepo } from '../../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../../renderer/src/db/db';
import { createPhaseTimerRepo } from '../../../../../renderer/src/db/phaseTimerRepo';
import { createWorkshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { useChangeHistory } from '../../../../../renderer/src/features/history/useChangeHistory';
import { PhaseBar } from '../../../../../renderer/src/features/phases/PhaseBar';
import { renderInEnglish } from '../catalogue/renderInEnglish';

const T0 = 1_800_000_000_000;
let database: WorkshopDatabase;
let workshopId: string;

beforeEach(async () => {
  database = new WorkshopDatabase(`phase-bar-${crypto.randomUUID()}`);
  const draft = { title: 'T', organisation: '', date: '2026-12-02' };
  workshopId = (await createWorkshopsRepo(database).create(draft)).id;
  sessionStorage.clear();
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await database.delete();
});

/** The bar as the board shows it: the workshop read live, changes through a real history. */
function Board() {
  const workshop = useLiveQuery(() => database.workshops.get(workshopId));
  const history = useChangeHistory(
    (write) => write(),
    () => undefined,
    createChangesRepo(database),
  );
  if (!workshop) return null;
  return (
    <>
      <PhaseBar
        workshop={workshop}
        record={history.record}
        timerRepo={createPhaseTimerRepo(database)}
      />
      <button type="button" onClick={() => void history.undo()}>
        Undo
      </button>
    </>
  );
}

const steps = () => screen.getByRole('navigation', { name: 'Workshop phases' });
const step = (name: string) => within(steps()).getByRole('button', { name });
const timer = () => screen.getByRole('timer');
const announced = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join('');

/** Fake clock and interval only: IndexedDB and user events keep their real timers. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: T0 });
}
const passes = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('PhaseBar: phases', () => {
  it('marks the current phase, says what it is for, and moves to any phase, undoably', async () => {
    const user = userEvent.setup();
    await renderInEnglish(<Board />);
    await screen.findByRole('navigation', { name: 'Workshop phases' });
    expect(
      within(steps())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1Prepare', '2Explore', '3Place', '4Discuss', '5Decide', '6Export']);
    expect(step('Prepare').getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/agree on what the workshop should lead to/)).toBeTruthy();

    // Straight to Discuss, skipping steps: nothing is gated.
    await user.click(step('Discuss'));
    await waitFor(() => expect(step('Discuss').getAttribute('aria-current')).toBe('step'));
    expect(step('Prepare').getAttribute('aria-current')).toBeNull();
    const purpose = document.getElementById(step('Discuss').getAttribute('aria-describedby')!);
    expect(purpose?.textContent).toBe('Start with the models the group disagrees on most.');
    expect((await database.workshops.get(workshopId))?.phase).toBe('discuss');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(step('Prepare').getAttribute('aria-current')).toBe('step'));
    expect((await database.workshops.get(workshopId))?.phase).toBe('prepare');
  });
});

describe('PhaseBar: the timer', () => {
  it('counts down from the phase’s time box and announces only one minute left and time’s up', async () => {
    fakeClock();
    await renderInEnglish(<Board />);
    await screen.findByRole('group', { name: 'Timer for Prepare' });
    expect(timer().textContent).toBe('05:00');

    await act(() => screen.getByRole('button', { name: 'Start' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await passes(2 * 60_000);
    expect(timer().textContent).toBe('03:00');
    expect(announced()).toBe('');
    await passes(60_000 + 30_000);
    expect(timer().textContent).toBe('01:30');
    expect(announced()).toBe('');
    await passes(30_000);
    expect(timer().textContent).toBe('01:00');
    expect(announced()).toBe('One minute left of Prepare.');
    await passes(45_000);
    expect(announced()).toBe('One minute left of Prepare.');
    await passes(15_000);
    expect(timer().textContent).toBe('Time’s up');
    expect(announced()).toBe('Time’s up for Prepare.');
    expect(screen.getByRole('group', { name: 'Timer for Prepare' }).dataset.status).toBe('done');
  });

  it('pauses, resumes, adds a minute and resets, all stored as data', async () => {
    fakeClock();
    await renderInEnglish(<Board />);
    await screen.findByRole('group', { name: 'Timer for Prepare' });
    await act(() => screen.getByRole('button', { name: 'Start' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await passes(10_000);
    await act(() => screen.getByRole('button', { name: 'Pause' }).click());
    await screen.findByRole('button', { name: 'Resume' });
    expect(timer().textContent).toBe('04:50');
    await passes(5 * 60_000);
    expect(timer().textContent).toBe('04:50');
    expect(screen.getByText('paused')).toBeTruthy();

    await act(() => screen.getByRole('button', { name: '+1 min' }).click());
    await waitFor(() => expect(timer().textContent).toBe('05:50'));
    await act(() => screen.getByRole('button', { name: 'Resume' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await passes(50_000);
    expect(timer().textContent).toBe('05:00');

    await act(() => screen.getByRole('button', { name: 'Reset' }).click());
    await screen.findByRole('button', { name: 'Start' });
    expect(timer().textContent).toBe('05:00');
    expect((await database.workshops.get(workshopId))?.timer).toEqual({
      phase: 'prepare',
      durationMs: 5 * 60_000,
      startedAt: null,
      pausedRemainingMs: null,
    });
  });

  it('after a reload shows the time left of a running timer, without announcing anything', async () => {
    fakeClock();
    await database.workshops.update(workshopId, {
      timer: {
        phase: 'prepare',
        durationMs: 5 * 60_000,
        startedAt: T0 - 4.5 * 60_000,
        pausedRemainingMs: null,
      },
    });
    await renderInEnglish(<Board />);
    await waitFor(() => expect(timer().textContent).toBe('00:30'));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(announced()).toBe('');
    await passes(30_000);
    expect(timer().textContent).toBe('Time’s up');
  });

  it('keeps each phase’s timer apart: another phase shows its own time box', async () => {
    const user = userEvent.setup();
    fakeClock();
    await renderInEnglish(<Board />);
    await screen.findByRole('group', { name: 'Timer for Prepare' });
    await act(() => screen.getByRole('button', { name: 'Start' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await user.click(step('Discuss'));
    await screen.findByRole('group', { name: 'Timer for Discuss' });
    expect(timer().textContent).toBe('20:00');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('enlarges on request and plays a soft tone at zero only when sound is on', async () => {
    const tones = stubAudio();
    fakeClock();
    await renderInEnglish(<Board />);
    await screen.findByRole('group', { name: 'Timer for Prepare' });
    const enlarge = screen.getByRole('button', { name: 'Enlarge' });
    expect(enlarge.getAttribute('aria-pressed')).toBe('false');
    await act(() => enlarge.click());
    expect(enlarge.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: 'Timer for Prepare' }).className).toContain(
      'phase-timer--large',
    );

    const sound = screen.getByRole('button', { name: 'Sound' });
    expect(sound.getAttribute('aria-pressed')).toBe('false');
    await act(() => screen.getByRole('button', { name: 'Start' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await passes(5 * 60_000);
    expect(timer().textContent).toBe('Time’s up');
    expect(tones()).toBe(0);

    // Turning the sound on plays the tone once, so the facilitator hears how loud it is.
    await act(() => sound.click());
    expect(sound.getAttribute('aria-pressed')).toBe('true');
    expect(tones()).toBe(1);
    await act(() => screen.getByRole('button', { name: '+1 min' }).click());
    await screen.findByRole('button', { name: 'Pause' });
    await passes(59_000);
    expect(tones()).toBe(1);
    await passes(1_000);
    expect(tones()).toBe(2);
  });
});

/** A stand-in AudioContext (jsdom has none) that counts the chimes played (two notes each). */
function stubAudio() {
  let notes = 0;
  const param = { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
  vi.stubGlobal(
    'AudioContext',
    class {
      state = 'running';
      currentTime = 0;
      destination = {};
      createGain() {
        return { gain: param, connect: vi.fn() };
      }
      createOscillator() {
        const start = () => void notes++;
        return { type: '', frequency: { value: 0 }, connect: vi.fn(), start, stop: vi.fn() };
      }
      resume() {
        return Promise.resolve();
      }
    },
  );
  return () => notes / 2;
}
