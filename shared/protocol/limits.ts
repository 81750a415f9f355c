// Sizes, alphabets and patterns of the local-network session protocol, without zod, so the
// participant page and the server agree on them without pulling in the schemas.
import { MAX_PARTICIPANT_NAME_LENGTH } from '../domain/participant';

/**
 * The protocol layout this version speaks. Join, resume and host hello carry it; the server
 * refuses any other with `unsupported-version` (the page or app is older or newer than it).
 */
export const PROTOCOL_VERSION = 1;

/** Largest message a participant's device may send, in bytes; more closes the socket (1009). */
export const MAX_PARTICIPANT_MESSAGE_BYTES = 16 * 1024;
/** Largest message the host may send: a released pooled view of every model fits easily. */
export const MAX_HOST_MESSAGE_BYTES = 256 * 1024;
/** Deepest bracket nesting a message may have; checked before JSON.parse. */
export const MAX_MESSAGE_DEPTH = 8;

/** Letters and digits that cannot be mistaken for each other when read aloud or off a screen. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Random bytes in a device or host token: 192 bits, 32 base64url characters. */
export const TOKEN_BYTES = 24;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** A token's SHA-256 digest as base64url (43 characters): what the host keeps to restore seats. */
export const TOKEN_DIGEST_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Catalogue slugs (`land-use-and-planning`) and the UUIDs the app gives a workshop's own models. */
export const MODEL_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,98}[A-Za-z0-9])?$/;
/** Participant ids (UUIDs the server makes) and group ids (built-in names or UUIDs). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** A participant's name as the app's own form allows it, in code points once cleaned. */
export const MAX_NAME_LENGTH = MAX_PARTICIPANT_NAME_LENGTH;
/** Raw text longer than this (UTF-16 units) is refused before it is cleaned at all. */
export const MAX_RAW_TEXT_LENGTH = 1000;

/** Most models one round may put in play; the catalogue has 25. */
export const MAX_MODELS_IN_PLAY = 200;
/** Highest round number; far more than any workshop runs. */
export const MAX_ROUND_NUMBER = 1000;
/** Most groups a workshop offers participants when they join. */
export const MAX_GROUPS = 50;
/** Most people who may join one session. */
export const MAX_SEATS = 500;
/**
 * Highest seat number and largest count in a pooled view. Seats are numbered in the order
 * people joined, removed ones included, and a pooled view also counts people who answered at
 * the facilitator's machine, so both may exceed `MAX_SEATS`.
 */
export const MAX_COUNT = 100_000;
