// The device token and the chosen language, kept in the page's own storage so a reload, a
// locked screen or a dropped Wi-Fi returns the person to the same seat. Storage may be
// missing or refuse (private browsing): the page then works for as long as it stays open.
import { TOKEN_PATTERN } from '@shared/protocol/limits';

const TOKEN_KEY = 'klimatverkstad-participant-token';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type TokenStore = {
  read(): string | null;
  write(token: string): void;
  clear(): void;
};

export function tokenStore(storage: KeyValueStorage | null): TokenStore {
  const attempt = <T>(action: () => T, fallback: T): T => {
    try {
      return storage ? action() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    read: () =>
      attempt(() => {
        const token = storage?.getItem(TOKEN_KEY) ?? null;
        return token !== null && TOKEN_PATTERN.test(token) ? token : null;
      }, null),
    write: (token) => attempt(() => storage?.setItem(TOKEN_KEY, token), undefined),
    clear: () => attempt(() => storage?.removeItem(TOKEN_KEY), undefined),
  };
}

/** The browser's localStorage, or null where reading it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
