import { useCallback } from 'react';
import { getModel, localize } from '@shared/catalogue';
import { useLocale } from '../settings/useLocale';

/** A model's title in the UI language, or undefined for a model the catalogue does not know. */
export function useCardTitle() {
  const locale = useLocale();
  return useCallback(
    (modelId: string) => {
      const model = getModel(modelId);
      return model && localize(model.title, locale);
    },
    [locale],
  );
}
