// Whether a translation says everything its reference says. The compiler already demands every
// key of the Swedish reference in every language; these checks also catch what it cannot: an
// empty text, a text whose placeholders differ, and a count without the plural forms a
// language needs.

/** A catalogue of texts: strings, lists of them, or groups of them, nested to any depth. */
export type TextTree = { readonly [key: string]: string | readonly string[] | TextTree };

/**
 * Every text of `tree` by its path ("board.search", "months.0"), in the tree's order. Lists
 * count by index, so a list with one item fewer is a missing text, not a shorter list.
 */
export function textLeaves(tree: TextTree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      leaves.set(path, value);
    } else if (isTextList(value)) {
      value.forEach((text, index) => leaves.set(`${path}.${index}`, text));
    } else {
      for (const [subPath, text] of textLeaves(value, path)) leaves.set(subPath, text);
    }
  }
  return leaves;
}

function isTextList(value: readonly string[] | TextTree): value is readonly string[] {
  return Array.isArray(value);
}

/** The paths of `reference` that `translation` lacks or leaves blank, in the reference's order. */
export function missingMessages(reference: TextTree, translation: TextTree): string[] {
  const translated = textLeaves(translation);
  return [...textLeaves(reference).keys()].filter((path) => !translated.get(path)?.trim());
}

/** The placeholders of a text, in either syntax the app uses (`{{name}}`, `{name}`), sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{?(\w+)\}?\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * The paths where `translation`'s placeholders differ from `reference`'s: a value that would
 * not be filled in, or one the reader would never see.
 */
export function placeholderMismatches(reference: TextTree, translation: TextTree): string[] {
  const translated = textLeaves(translation);
  return [...textLeaves(reference)]
    .filter(([path, text]) => {
      const other = translated.get(path);
      return other !== undefined && placeholders(other).join() !== placeholders(text).join();
    })
    .map(([path]) => path);
}

/**
 * The plural keys (`charsLeft_one`, `charsLeft_other`) a language needs but lacks: for every
 * message the reference counts (it has a `_one` form), each plural category the language has
 * (`Intl.PluralRules`, as i18next picks them).
 */
export function missingPluralForms(
  reference: TextTree,
  translation: TextTree,
  locale: string,
): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const translated = textLeaves(translation);
  const counted = [...textLeaves(reference).keys()]
    .filter((path) => path.endsWith('_one'))
    .map((path) => path.slice(0, -'_one'.length));
  return counted.flatMap((base) =>
    categories.map((category) => `${base}_${category}`).filter((path) => !translated.has(path)),
  );
}
