import { CATEGORIES } from './categories';
import { MODELS } from './models';
import type { CatalogueModel, Category, Locale, LocalizedText } from './types';

export type {
  CatalogueModel,
  Category,
  CategoryId,
  Example,
  HowPoint,
  Locale,
  LocalizedText,
} from './types';
export { CATEGORIES, MODELS };

/** One category with its models, as the catalogue browser lists them. */
export type CategoryGroup = {
  category: Category;
  models: readonly CatalogueModel[];
};

const MODELS_BY_ID: ReadonlyMap<string, CatalogueModel> = new Map(
  MODELS.map((model) => [model.id, model]),
);

/**
 * The built-in model with this id, or `undefined` when there is none (e.g. a stale id in an
 * imported workshop file, or a workshop's own model).
 */
export function getModel(id: string): CatalogueModel | undefined {
  return MODELS_BY_ID.get(id);
}

/** Every category with its models, both in source order; categories keep their place even if empty. */
export function modelsByCategory(): CategoryGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    models: MODELS.filter((model) => model.category === category.id),
  }));
}

/**
 * The text in the requested language. Falls back to Swedish, the source language, when the
 * translation is empty, so a model that was only written in Swedish still shows something.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.sv;
}

/** Lower case without diacritics, whitespace collapsed: "Öppna  Data" and "oppna data" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Everything a user could be looking for in one model, in one language. */
function searchableText(model: CatalogueModel, locale: Locale): string {
  const texts = [
    model.title,
    model.name,
    ...(model.why ? [model.why] : []),
    ...model.how.flatMap((point) => [point.text, ...(point.subPoints ?? [])]),
    ...model.examples.map((example) => example.name),
    // Risk notes are searched too: "grönmålning"/"greenwashing" should find the models that warn of it.
    ...model.risks,
  ];
  return fold(texts.map((text) => localize(text, locale)).join('\n'));
}

/**
 * The models whose title, full name, why, how (sub-points included), examples or risk notes in
 * `locale` contain every whitespace-separated word of `query`, ignoring case and diacritics
 * ("oppna" finds "Öppna").
 * Results keep the order of `models`; an empty or blank query returns them all.
 */
export function searchModels(
  query: string,
  locale: Locale,
  models: readonly CatalogueModel[] = MODELS,
): CatalogueModel[] {
  const terms = fold(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [...models];
  return models.filter((model) => {
    const text = searchableText(model, locale);
    return terms.every((term) => text.includes(term));
  });
}
