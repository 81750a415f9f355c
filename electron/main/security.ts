// URL decisions for navigation, new windows, external links and IPC senders. Pure functions so
// they can be tested against hostile input lists; harden.ts and ipc/ wire them to Electron.
// Every check parses with the WHATWG URL parser and compares exact components: prefix or
// substring tests are what look-alike hosts (`example.com.evil.io`) and userinfo tricks defeat.
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Hosts the app may open in the user's browser (https only, exact match). Empty for now: no
 * link in the app leads outside. Add a host here only together with a test case.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [];

// Whitespace or control characters anywhere mean the string is not a plain URL we produced.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\s\u0000-\u001f\u007f-\u009f]/;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return null;
  if (NOT_PLAIN.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs of the app's own origin `app://bundle` (no credentials, no port). */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The normalised href of an https URL whose host is exactly on `allowedHosts`, else null.
 * Callers hand the returned href (not the raw input) to shell.openExternal.
 */
export function toAllowedExternalUrl(
  url: unknown,
  allowedHosts: readonly string[] = ALLOWED_EXTERNAL_HOSTS,
): string | null {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return allowedHosts.includes(parsed.hostname) ? parsed.href : null;
}

/** True if `url` may be opened in the user's browser (see toAllowedExternalUrl). */
export function isAllowedExternalUrl(
  url: unknown,
  allowedHosts: readonly string[] = ALLOWED_EXTERNAL_HOSTS,
): boolean {
  return toAllowedExternalUrl(url, allowedHosts) !== null;
}

/** True if an IPC message comes from a frame showing the app itself (`event.senderFrame.url`). */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}
