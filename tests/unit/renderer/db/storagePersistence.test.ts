import { describe, expect, it } from 'vitest';
import { persistence, requestPersistence } from '../../../../renderer/src/db/storagePersistence';

const storage = (persisted: boolean, persist: boolean) =>
  ({
    persisted: async () => persisted,
    persist: async () => persist,
  }) as unknown as StorageManager;

describe('requestPersistence', () => {
  it('reports persistent storage whether it was already granted or granted now', async () => {
    expect(await requestPersistence(storage(true, false))).toBe('persistent');
    expect(await requestPersistence(storage(false, true))).toBe('persistent');
    expect(persistence.get()).toBe('persistent');
  });

  it('reports best effort when the browser says no, and tells subscribers', async () => {
    let told = 0;
    const unsubscribe = persistence.subscribe(() => (told += 1));
    expect(await requestPersistence(storage(false, false))).toBe('best-effort');
    expect(told).toBe(1);
    unsubscribe();
  });

  it('reports unknown when the API is missing or fails', async () => {
    expect(await requestPersistence(null)).toBe('unknown');
    const failing = {
      persisted: async () => {
        throw new Error('denied');
      },
    } as unknown as StorageManager;
    expect(await requestPersistence(failing)).toBe('unknown');
  });
});
