import { useCallback, useSyncExternalStore } from 'react';
import type { Hyphenator } from '@shared/text/hyphenation';
import { useLocale } from '../settings/useLocale';

type Hyphenation = typeof import('@shared/text/hyphenation');

// The hyphenation code and each language's patterns load on first use, off the first screen's
// path: the initial JavaScript has a budget, and titles read fine unhyphenated until then.
let hyphenation: Hyphenation | undefined;

function load(locale: Hyphenator['language']): Promise<unknown> {
  return import('@shared/text/hyphenation').then((module) => {
    hyphenation = module;
    return module.loadHyphenator(locale);
  });
}

/**
 * The UI language's hyphenator, or undefined until its patterns have arrived; every title
 * re-renders once when they do. If they cannot be loaded, titles stay as they are.
 */
export function useHyphenator(): Hyphenator | undefined {
  const locale = useLocale();
  const subscribe = useCallback(
    (arrived: () => void) => {
      let listening = true;
      load(locale).then(
        () => listening && arrived(),
        () => undefined,
      );
      return () => {
        listening = false;
      };
    },
    [locale],
  );
  return useSyncExternalStore(subscribe, () => hyphenation?.loadedHyphenator(locale));
}
