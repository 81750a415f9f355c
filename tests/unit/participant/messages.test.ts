import { describe, expect, it } from 'vitest';
import { missingMessages, placeholderMismatches } from '@shared/i18n/completeness';
import { LOCALES } from '@shared/i18n/locales';
import { participantPageMessages } from '@shared/i18n/features/participantPage';

describe('participant page messages', () => {
  it.each(LOCALES.filter((locale) => locale !== 'sv'))(
    '%s says everything the Swedish says, with the same placeholders',
    (locale) => {
      const reference = participantPageMessages.sv;
      const translation = participantPageMessages[locale];
      expect(missingMessages(reference, translation)).toEqual([]);
      expect(placeholderMismatches(reference, translation)).toEqual([]);
    },
  );

  it('uses no dots in keys', () => {
    for (const messages of Object.values(participantPageMessages)) {
      expect(Object.keys(messages).filter((key) => key.includes('.'))).toEqual([]);
    }
  });
});
