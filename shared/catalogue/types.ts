import type { Locale } from '../i18n/locales';

/** Languages the app speaks. Swedish is the language of the source catalogue. */
export type { Locale };

/** Text written for every locale. */
export type LocalizedText = Record<Locale, string>;

export type CategoryId =
  | 'foundations'
  | 'co-development'
  | 'market-guidance'
  | 'rewards-and-labels'
  | 'communication'
  | 'bringing-together'
  | 'training-and-advice'
  | 'commitment';

export type Category = {
  id: CategoryId;
  title: LocalizedText;
};

/** A municipality or project the source page names as having used the model. */
export type Example = {
  name: LocalizedText;
  /** The source marks the material as available in Finnish only ("på finska"). */
  inFinnish: boolean;
};

/**
 * One point of the source's "Hur" column. `subPoints` are the "–" lines the source sets under
 * it; they elaborate this point and are shown indented beneath it, never as points of their own.
 */
export type HowPoint = {
  text: LocalizedText;
  subPoints?: LocalizedText[];
};

/**
 * One operating model of the catalogue. Fields the source page leaves empty for a model are
 * absent here too (e.g. the commitment model has no "why", the foundations have no examples).
 */
export type CatalogueModel = {
  /** Stable id: stored in placements and workshop files, never renamed. */
  id: string;
  category: CategoryId;
  /**
   * Short label for cards on the matrix: the full name, or where that is too long for a card,
   * a shortening that keeps every part of its scope.
   */
  title: LocalizedText;
  /** The model's full name: the source's "Verksamhetsmodell / Vad" column, verbatim. */
  name: LocalizedText;
  why?: LocalizedText;
  /** The source's "Hur" column, one point per paragraph. */
  how: HowPoint[];
  examples: Example[];
  /** The source's "Notera" passages (greenwashing, resource needs), one entry per point. */
  risks: LocalizedText[];
};
