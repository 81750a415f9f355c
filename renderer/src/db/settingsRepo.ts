import type { Locale } from '@shared/catalogue/types';
import { isLocale } from '@shared/i18n';
import { db, type WorkshopDatabase } from './db';

/** User preferences that outlive a session. */
export function createSettingsRepo(database: WorkshopDatabase) {
  return {
    /** The language the user chose, or undefined if none (or an unknown value) is stored. */
    async getLocale(): Promise<Locale | undefined> {
      const row = await database.settings.get('locale');
      return isLocale(row?.value) ? row.value : undefined;
    },

    async setLocale(locale: Locale): Promise<void> {
      await database.settings.put({ key: 'locale', value: locale });
    },
  };
}

export const settingsRepo = createSettingsRepo(db);
