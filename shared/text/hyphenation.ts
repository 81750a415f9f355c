import type { Locale } from '../catalogue/types';
import { graphemes } from '../domain/text';

// Hyphenation by language with TeX's patterns (Liang's algorithm, from the `hyphen` package).
// Swedish compounds are often wider than a card or a PDF column; without this they break
// between arbitrary letters ("Kommunikationskampanj / er").

/** Tells the browser where a word may break; it shows a hyphen only where it does break. */
export const SOFT_HYPHEN = '\u00AD';

/** Where a word may break: before `index` (UTF-16); `hyphen` says whether a hyphen is added. */
export type BreakPoint = { index: number; hyphen: boolean };

export type Hyphenator = {
  readonly language: Locale;
  /**
   * Where `word` (text without spaces) may break, in order: pattern points of its long words
   * with a hyphen, and after a hyphen or slash it already has. None for addresses and codes.
   */
  breakPoints(word: string): readonly BreakPoint[];
  /** `text` with soft hyphens at the pattern points of its long words (12 letters or more); cached per text. */
  soften(text: string): string;
};

type HyphenateSync = (text: string, options?: { hyphenChar?: string }) => string;
type PatternModule = { hyphenateSync: HyphenateSync; default?: { hyphenateSync: HyphenateSync } };

/**
 * Each language's patterns load on first use, as a chunk of their own (1–35 kB gzip), so the
 * first screen does not wait for them. A new locale must add its patterns here (the type
 * demands it). British English: the English texts use British spelling, and en-gb's patterns
 * follow British hyphenation (by word parts: "know-ledge").
 */
const PATTERNS: Record<Locale, () => Promise<PatternModule>> = {
  sv: () => import('hyphen/sv'),
  fi: () => import('hyphen/fi'),
  en: () => import('hyphen/en-gb'),
};

/** Shorter words are not worth breaking; at least 2 letters stay before a break, 3 after it. */
const MIN_WORD = 6;
/**
 * On screen only long words get soft hyphens: a title's shorter words move to the next line
 * whole, as readers expect of a title; compounds this long can be wider than a card.
 */
const MIN_SOFTENED_WORD = 12;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;
/** Longer letter runs are no word of any language (and patterns on them are noise). */
const MAX_WORD = 64;
const SOFT_CACHE_SIZE = 1000;

// Addresses, paths, e-mail, codes with digits or symbols: broken only between characters, never
// given a hyphen that could be taken as part of them. A slash between words is Swedish
// ("Ansvarsutbildning/-coachning"), a double or leading one is an address or a path.
const NOT_A_WORD = /[\p{Nd}@\\:_=&#%+~<>|{}[\]]|\.\p{L}|^www\.|\/\/|^\//iu;
const LETTERS = /[\p{L}\p{M}]+/gu;
/** After a hyphen between letters, or a slash between words: a break that adds nothing. */
const OWN_BREAK = /(?<=\p{L})[-\u2010](?=\p{L})|(?<=[\p{L}-])\/(?=[\p{L}-])/gu;

function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const cluster of graphemes(text)) {
    at += cluster.length;
    ends.push(at);
  }
  return ends;
}

/** Pattern points inside one run of letters, as offsets into the run. */
function patternPoints(letters: string, hyphenate: HyphenateSync, minWord: number): number[] {
  const ends = graphemeEnds(letters);
  if (ends.length < minWord || ends.length > MAX_WORD) return [];
  const allowed = new Set(ends.slice(MIN_BEFORE - 1, ends.length - MIN_AFTER));
  const points: number[] = [];
  let index = 0;
  for (const char of hyphenate(letters, { hyphenChar: SOFT_HYPHEN })) {
    if (char === SOFT_HYPHEN) {
      if (allowed.has(index)) points.push(index);
    } else {
      index += char.length;
    }
  }
  return points;
}

function createHyphenator(language: Locale, hyphenate: HyphenateSync): Hyphenator {
  const softened = new Map<string, string>();
  const pointsOf = (word: string, minWord: number): BreakPoint[] => {
    if (NOT_A_WORD.test(word)) return [];
    const points: BreakPoint[] = [];
    for (const match of word.matchAll(LETTERS)) {
      for (const point of patternPoints(match[0], hyphenate, minWord)) {
        points.push({ index: match.index + point, hyphen: true });
      }
    }
    for (const match of word.matchAll(OWN_BREAK)) {
      points.push({ index: match.index + 1, hyphen: false });
    }
    return points.sort((a, b) => a.index - b.index);
  };
  const soften = (text: string): string => {
    const cached = softened.get(text);
    if (cached !== undefined) return cached;
    const result = text
      .split(/(\s+)/)
      .map((word) => {
        let out = '';
        let from = 0;
        for (const point of pointsOf(word, MIN_SOFTENED_WORD)) {
          if (!point.hyphen) continue;
          out += word.slice(from, point.index) + SOFT_HYPHEN;
          from = point.index;
        }
        return out + word.slice(from);
      })
      .join('');
    if (softened.size >= SOFT_CACHE_SIZE) softened.clear();
    softened.set(text, result);
    return result;
  };
  return { language, breakPoints: (word) => pointsOf(word, MIN_WORD), soften };
}

const loaded = new Map<Locale, Hyphenator>();
const loading = new Map<Locale, Promise<Hyphenator | null>>();

/**
 * The hyphenator of `language`, built once. Resolves to null when the patterns cannot be
 * loaded: text then breaks as it did without them, and a later call tries again.
 */
export function loadHyphenator(language: Locale): Promise<Hyphenator | null> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = PATTERNS[language]()
      .then((module) => {
        const hyphenator = createHyphenator(language, (module.default ?? module).hyphenateSync);
        loaded.set(language, hyphenator);
        return hyphenator;
      })
      .catch(() => null)
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** The hyphenator of `language` if its patterns have arrived, without waiting for them. */
export function loadedHyphenator(language: Locale): Hyphenator | undefined {
  return loaded.get(language);
}
