import { describe, expect, it } from 'vitest';
import { tokenStore } from '../../../renderer/participant/src/state/tokenStore';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

const TOKEN = 'abcDEF123_-abcDEF123_-abcDEF1234';

describe('device token storage', () => {
  it('keeps the token across page loads and forgets it on clear', () => {
    const storage = memoryStorage();
    tokenStore(storage).write(TOKEN);
    expect(tokenStore(storage).read()).toBe(TOKEN);
    tokenStore(storage).clear();
    expect(tokenStore(storage).read()).toBeNull();
  });

  it('ignores a stored value that is not a token', () => {
    const storage = memoryStorage();
    storage.items.set('klimatverkstad-participant-token', '<script>');
    expect(tokenStore(storage).read()).toBeNull();
  });

  it('works without storage, or with storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    for (const storage of [null, throwing]) {
      const store = tokenStore(storage);
      expect(() => store.write(TOKEN)).not.toThrow();
      expect(store.read()).toBeNull();
      expect(() => store.clear()).not.toThrow();
    }
  });
});
