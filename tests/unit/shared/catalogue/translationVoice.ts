// What "one voice" means for a translation of the catalogue, for any language: each Swedish
// sentence has one sentence in it, and a Swedish sentence that recurs is translated the same
// way wherever it stands.
import {
  CATEGORIES,
  MODELS,
  type CatalogueModel,
  type Locale,
  type LocalizedText,
} from '../../../../shared/catalogue';

/** A text of the catalogue with where it stands, for messages that say where to look. */
export type Placed = { where: string; text: LocalizedText };

/** Every localized text of every model and category, field by field. */
export function catalogueTexts(): Placed[] {
  const ofModel = (m: CatalogueModel): Placed[] => [
    { where: `${m.id} title`, text: m.title },
    { where: `${m.id} name`, text: m.name },
    ...(m.why ? [{ where: `${m.id} why`, text: m.why }] : []),
    ...m.how.flatMap((point, index) => [
      { where: `${m.id} how ${index + 1}`, text: point.text },
      ...(point.subPoints ?? []).map((sub, subIndex) => ({
        where: `${m.id} how ${index + 1}.${subIndex + 1}`,
        text: sub,
      })),
    ]),
    ...m.examples.map((example, index) => ({
      where: `${m.id} example ${index + 1}`,
      text: example.name,
    })),
    ...m.risks.map((risk, index) => ({ where: `${m.id} risk ${index + 1}`, text: risk })),
  ];
  return [
    ...CATEGORIES.map((category) => ({ where: `category ${category.id}`, text: category.title })),
    ...MODELS.flatMap(ofModel),
  ];
}

/**
 * A full stop after one of these ends an abbreviation, not a sentence ("t.ex. Traficom",
 * "esim. Traficom").
 */
const ABBREVIATION = /(?:^|[\s(])(?:t\.ex|e\.g|i\.e|etc|bl\.a|esim|jne)\.$/i;

/** The sentences of a text: cut after . ! ? where the next word starts with a capital. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]\s+(?=[\p{Lu}"“”])/gu)) {
    const end = match.index + 1;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    found.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  found.push(text.slice(start));
  // A closing full stop does not make a different sentence: "X." and "X" are one.
  return found.map((sentence) => sentence.trim().replace(/\.$/, '')).filter(Boolean);
}

export type Conflict = { sv: string; translations: string[]; where: string[] };

/**
 * Where the translation into `locale` breaks "one source sentence, one translated sentence": a
 * text whose translation has another number of sentences than its Swedish, and a Swedish
 * sentence that is translated in more than one way across the texts.
 */
export function translationConflicts(
  texts: readonly Placed[],
  locale: Locale,
): { unpaired: string[]; conflicts: Conflict[] } {
  const unpaired: string[] = [];
  const seen = new Map<string, { translations: Set<string>; where: string[] }>();
  for (const { where, text } of texts) {
    const sv = sentences(text.sv);
    const translated = sentences(text[locale]);
    if (sv.length !== translated.length) {
      unpaired.push(`${where}: ${sv.length} Swedish, ${translated.length} ${locale} sentences`);
      continue;
    }
    sv.forEach((sentence, index) => {
      const entry = seen.get(sentence) ?? { translations: new Set<string>(), where: [] };
      entry.translations.add(translated[index] ?? '');
      entry.where.push(where);
      seen.set(sentence, entry);
    });
  }
  const conflicts = [...seen.entries()]
    .filter(([, entry]) => entry.translations.size > 1)
    .map(([sv, entry]) => ({ sv, translations: [...entry.translations], where: entry.where }));
  return { unpaired, conflicts };
}

/** Swedish sentences the source repeats, and how often: what the one-voice check compares. */
export function repeatedSentences(texts: readonly Placed[]): Map<string, number> {
  const repeated = new Map<string, number>();
  for (const { text } of texts) {
    for (const sentence of sentences(text.sv)) {
      repeated.set(sentence, (repeated.get(sentence) ?? 0) + 1);
    }
  }
  return repeated;
}
