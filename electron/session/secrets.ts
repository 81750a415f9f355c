// Join codes and tokens. Codes are short so people can type them; tokens are long so nobody
// can guess them. Only digests of tokens are kept, and every comparison takes the same time
// whatever the input, so response times tell an attacker nothing about a token.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, TOKEN_BYTES } from '@shared/protocol/limits';

/** A join code: crypto-random characters of the unambiguous alphabet (about 30 bits). */
export function makeJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** A device or host token: 192 random bits as base64url (32 characters). */
export function makeToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the server keeps of a secret: its SHA-256, always 32 bytes. */
export function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/**
 * Whether `secret` is the one `digest` was made from, in constant time: both sides are
 * SHA-256 digests, so the buffers always have equal length, as `timingSafeEqual` requires.
 */
export function matchesDigest(secret: string, digest: Buffer): boolean {
  return timingSafeEqual(digestOf(secret), digest);
}

/**
 * The entry of `entries` whose digest `secret` matches. Every entry is compared, with no
 * early exit, so the time taken does not depend on where (or whether) the match is.
 */
export function findByDigest<T extends { tokenDigest: Buffer }>(
  secret: string,
  entries: Iterable<T>,
): T | undefined {
  const presented = digestOf(secret);
  let found: T | undefined;
  for (const entry of entries) {
    if (timingSafeEqual(presented, entry.tokenDigest) && found === undefined) found = entry;
  }
  return found;
}
