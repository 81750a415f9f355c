import type { CatalogueModel, Category, HowPoint, Locale, LocalizedText } from '../catalogue/types';
import { clampPosition, type Position } from '../domain/matrix';
import { planVoting, type PlanVoices } from './planVoices';
import type { PlanInput, PlanItem, PlanPoint } from './types';

/** A localized text, falling back to Swedish (the source language) where a translation is empty. */
function localize(text: LocalizedText, locale: Locale): string {
  return text[locale]?.trim() ? text[locale] : text.sv;
}

/** A "how" point in one language; sub-points only where the catalogue has them. */
function howPoint(point: HowPoint, locale: Locale): PlanPoint {
  const text = localize(point.text, locale);
  return point.subPoints
    ? { text, subPoints: point.subPoints.map((sub) => localize(sub, locale)) }
    : { text };
}

/**
 * The data the PDF needs, resolved from a workshop, its placements and the catalogue in one
 * language. Placements of models the catalogue no longer knows are skipped (there is no text to
 * print for them); fields are copied by name, so nothing else from the workshop reaches the PDF.
 * With `voices`, items carry the spread of the latest revealed round and the plan a method note.
 */
export function planInput(
  workshop: { title: string; organisation: string; date: string },
  placements: readonly { modelId: string; position: Position }[],
  models: readonly CatalogueModel[],
  categories: readonly Category[],
  locale: Locale,
  voices?: PlanVoices,
): PlanInput {
  const modelsById = new Map(models.map((model) => [model.id, model]));
  const categoriesById = new Map(categories.map((category) => [category.id, category]));
  const items: PlanItem[] = [];
  for (const placement of placements) {
    const model = modelsById.get(placement.modelId);
    if (!model) continue;
    const category = categoriesById.get(model.category);
    const item: PlanItem = {
      modelId: model.id,
      title: localize(model.title, locale),
      name: localize(model.name, locale),
      category: category ? localize(category.title, locale) : '',
      how: model.how.map((point) => howPoint(point, locale)),
      risks: model.risks.map((text) => localize(text, locale)),
      position: clampPosition(placement.position),
    };
    if (model.why) item.why = localize(model.why, locale);
    items.push(item);
  }
  const input: PlanInput = {
    locale,
    title: workshop.title,
    organisation: workshop.organisation,
    date: workshop.date,
    items,
  };
  const voting = voices
    ? planVoting(
        voices,
        items.map((item) => item.modelId),
        locale,
      )
    : null;
  if (!voting) return input;
  for (const item of items) {
    const spread = voting.spreads.get(item.modelId);
    if (spread) item.spread = spread;
  }
  input.method = voting.method;
  return input;
}
