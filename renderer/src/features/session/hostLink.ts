// What the facilitator pastes to connect to a session server started with `npm run session`:
// the one host link it prints (`<host address>#token=…&code=…&join=…`), or the host address
// and token on their own (then the join address and code are typed in too, or left out).
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, TOKEN_PATTERN } from '@shared/protocol/limits';

/** Where the page connects as host, and what it shows participants. */
export type SessionTarget = {
  hostSocketUrl: string;
  hostToken: string;
  /** What participants open; null when the facilitator did not give it. */
  joinUrl: string | null;
  joinCode: string | null;
};

/**
 * Only the loopback host endpoint: the token never goes to another machine, and the page's
 * CSP allows no other socket anyway.
 */
const HOST_URL = /^ws:\/\/127\.0\.0\.1:(\d{1,5})\/host$/;
const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A participant address as the server prints it: plain http to an IPv4 address and a port. */
export function cleanJoinUrl(raw: string): string | null {
  const text = raw.trim();
  if (!/^http:\/\/\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}\/?$/.test(text)) return null;
  return new URL(text).href;
}

export function cleanJoinCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return JOIN_CODE.test(code) ? code : null;
}

type Pasted = { address: string; token?: string; joinUrl?: string; joinCode?: string };

/**
 * The session in what was pasted: a host link in `address`, or the parts one by one. Null when
 * the host address or token is not what `npm run session` prints; a join address or code that
 * is not readable is left out rather than shown wrong.
 */
export function parseSessionTarget(pasted: Pasted): SessionTarget | null {
  let url = pasted.address.trim();
  let token = pasted.token?.trim() ?? '';
  let joinUrl = pasted.joinUrl ?? '';
  let joinCode = pasted.joinCode ?? '';
  const hash = url.indexOf('#');
  if (hash >= 0) {
    const fragment = url.slice(hash + 1);
    url = url.slice(0, hash);
    if (fragment.includes('=')) {
      const params = new URLSearchParams(fragment);
      token ||= params.get('token') ?? '';
      joinUrl ||= params.get('join') ?? '';
      joinCode ||= params.get('code') ?? '';
    } else token ||= fragment;
  }
  const port = Number(HOST_URL.exec(url)?.[1] ?? 0);
  if (port < 1 || port > 65535 || !TOKEN_PATTERN.test(token)) return null;
  return {
    hostSocketUrl: url,
    hostToken: token,
    joinUrl: cleanJoinUrl(joinUrl),
    joinCode: cleanJoinCode(joinCode),
  };
}
