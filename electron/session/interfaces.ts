// Which network the session listens on. The facilitator picks one interface: the server never
// listens on all of them, so a laptop on a café's network and the workshop's Wi-Fi at once
// offers the session only where it was meant to be.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type UsableInterface = { name: string; address: string; netmask: string };

type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Addresses that mean "every interface": refused whatever the caller asks. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '::0', '']);
const LOOPBACK = '127.0.0.1';

/**
 * The machine's IPv4 interfaces that other devices can reach (not loopback), with their
 * names, sorted by name: what a network check screen offers the facilitator.
 */
export function listInterfaces(table: InterfaceTable = networkInterfaces()): UsableInterface[] {
  const usable: UsableInterface[] = [];
  for (const [name, entries] of Object.entries(table)) {
    for (const entry of entries ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const family: unknown = entry.family;
      const ipv4 = family === 'IPv4' || family === 4;
      if (ipv4 && !entry.internal)
        usable.push({ name, address: entry.address, netmask: entry.netmask });
    }
  }
  return usable.sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
}

export type AddressChoice =
  { ok: true; address: string } | { ok: false; reason: 'all-interfaces' | 'unknown-interface' };

/**
 * The address to listen on for a choice: nothing or `127.0.0.1`/`localhost` → loopback only;
 * an interface name or one of its IPv4 addresses → that address. A wildcard is refused.
 */
export function chooseAddress(
  choice: string | undefined,
  table: InterfaceTable = networkInterfaces(),
): AddressChoice {
  if (choice === undefined || choice === LOOPBACK || choice === 'localhost') {
    return { ok: true, address: LOOPBACK };
  }
  if (WILDCARDS.has(choice.trim())) return { ok: false, reason: 'all-interfaces' };
  const usable = listInterfaces(table);
  const match = usable.find((entry) => entry.name === choice || entry.address === choice);
  return match ? { ok: true, address: match.address } : { ok: false, reason: 'unknown-interface' };
}

/** Whether an address would listen on every interface. */
export function isWildcard(address: string): boolean {
  return WILDCARDS.has(address.trim());
}
