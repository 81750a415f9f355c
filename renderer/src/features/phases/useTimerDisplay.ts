import { useCallback, useState } from 'react';

/** How the facilitator wants the timer shown: large (for a projector), with sound or not. */
export type TimerDisplay = { large: boolean; sound: boolean };

const KEY = 'phase-timer-display';
// Sound is off until asked for: a tone in a quiet room must be the facilitator's choice.
const initial: TimerDisplay = { large: false, sound: false };

function isDisplay(value: unknown): value is TimerDisplay {
  if (typeof value !== 'object' || value === null) return false;
  const { large, sound } = value as Record<string, unknown>;
  return typeof large === 'boolean' && typeof sound === 'boolean';
}

/** The timer's display choices, kept for this window's session so a reload keeps them. */
export function useTimerDisplay() {
  const [display, setDisplay] = useState<TimerDisplay>(() => {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
      return isDisplay(stored) ? stored : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (patch: Partial<TimerDisplay>) =>
      setDisplay((previous) => {
        const next = { ...previous, ...patch };
        try {
          sessionStorage.setItem(KEY, JSON.stringify(next));
        } catch {
          // A full or disabled session storage only costs the choice after a reload.
        }
        return next;
      }),
    [],
  );
  return [display, update] as const;
}
