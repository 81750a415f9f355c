// The running session of this tab, kept in sessionStorage so a reload reconnects at once
// (participants wait on the server meanwhile). sessionStorage, not localStorage: the host token
// is a loopback secret of this tab that should end with it, not linger on the machine.
import type { SessionTarget } from './hostLink';

const KEY = 'klimatverkstad.session';

type Stored = { workshopId: string; target: SessionTarget };

export function storedSession(workshopId: string): SessionTarget | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<Stored>;
    const target = stored.target;
    if (stored.workshopId !== workshopId || typeof target?.hostSocketUrl !== 'string') return null;
    return target;
  } catch {
    return null;
  }
}

export function storeSession(workshopId: string, target: SessionTarget | null): void {
  try {
    if (target) sessionStorage.setItem(KEY, JSON.stringify({ workshopId, target }));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage full or off: the session still runs, a reload just asks again.
  }
}
