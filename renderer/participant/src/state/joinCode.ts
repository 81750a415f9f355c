// The join code as a person types it or as the QR code carries it (`/?code=ABC234` or
// `/#code=ABC234`): spaces, dashes and case do not matter. Zod-free, so the join form needs
// nothing but the page's first chunk.
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@shared/protocol/limits';

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isJoinCode(raw: string): boolean {
  return VALID.test(normaliseJoinCode(raw));
}

/** The code in a join address's query or fragment, or '' when it carries none. */
export function joinCodeFromUrl(url: string): string {
  const parsed = new URL(url);
  const fromHash = new URLSearchParams(parsed.hash.replace(/^#/, '')).get('code');
  const raw = parsed.searchParams.get('code') ?? fromHash ?? '';
  return raw.length <= 32 ? normaliseJoinCode(raw) : '';
}
