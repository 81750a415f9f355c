// Security headers for everything served on app://bundle. Sent as HTTP headers rather than a
// <meta> tag so they also cover frame-ancestors and apply before any markup is parsed.

/** Directive → sources. `script-src` is 'self' only: injected inline script must not run. */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React and dnd-kit set inline style attributes (transforms while dragging).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // The facilitator's page connects as host to the session server's loopback listener, whose
  // port is chosen free at each start. Loopback only: participants' addresses never.
  'connect-src': ["'self'", 'ws://127.0.0.1:*'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Headers for one response of the app scheme; every response carries the CSP. */
export function appResponseHeaders(contentType?: string): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(contentType ? { 'Content-Type': contentType } : {}),
  };
}
