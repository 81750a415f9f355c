import { useEffect, useState } from 'react';

// A quarter second: the countdown shows whole seconds, so it is never more than this behind.
const TICK_MS = 250;

/** The clock, read when `ticking` turns on and then every tick until it turns off. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, TICK_MS);
    return () => clearInterval(id);
  }, [ticking]);
  return now;
}
