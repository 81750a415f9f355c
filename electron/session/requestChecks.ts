// Checks on every HTTP request and WebSocket upgrade, before anything else is read. Pure, so
// the hostile cases are tested without a socket.

export type Refusal = { status: 400 | 403 | 404; reason: string };

/** `host:port` as a Host header names it; IPv6 literals go in brackets. */
export function authorityOf(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * The Host header must name this listener exactly (the address people were given, not a
 * DNS name): a page on another site that makes its own name resolve to this machine (DNS
 * rebinding) sends its own name and is refused.
 */
export function checkHost(
  host: string | undefined,
  authorities: readonly string[],
): Refusal | null {
  if (host === undefined || !authorities.includes(host.toLowerCase())) {
    return { status: 400, reason: 'wrong-host' };
  }
  return null;
}

/**
 * A browser always sends Origin with a WebSocket upgrade; only the listed origins may connect,
 * so a page on another site cannot open a socket in a visitor's name (cross-site WebSocket
 * hijacking). No Origin at all means no browser, which cannot be driven by another site.
 */
export function checkOrigin(
  origin: string | undefined,
  allowed: readonly string[],
): Refusal | null {
  if (origin === undefined) return null;
  return allowed.includes(origin) ? null : { status: 403, reason: 'foreign-origin' };
}

/** The path of a request URL, without query; null when the URL is not a plain path. */
export function pathOf(url: string | undefined): string | null {
  if (url === undefined || !url.startsWith('/')) return null;
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : url.slice(0, cut);
}

/** Everything an upgrade must pass before `ws` sees it. */
export function checkUpgrade(
  request: { url?: string; host?: string; origin?: string },
  expected: { path: string; authorities: readonly string[]; origins: readonly string[] },
): Refusal | null {
  if (pathOf(request.url) !== expected.path) return { status: 404, reason: 'no-socket-here' };
  return (
    checkHost(request.host, expected.authorities) ?? checkOrigin(request.origin, expected.origins)
  );
}
