// The session link as React state: one link for the page's life, its events folded into the
// page state by the pure reducer, and changes shown at once until the server's view answers.
import { useCallback, useEffect, useReducer, useState } from 'react';
import type { Locale } from '@shared/i18n/locales';
import { INITIAL_STATE, pageReducer } from '../state/pageState';
import type { TokenStore } from '../state/tokenStore';
import { SessionLink, type ChangeMessage } from './sessionLink';

export type { ChangeMessage };

/** The socket is on the server that served the page, at its participant path. */
function socketUrl(): string {
  return `ws://${window.location.host}/ws`;
}

export function useSession(store: TokenStore) {
  const [state, dispatch] = useReducer(pageReducer, INITIAL_STATE);
  const [link] = useState(
    () =>
      new SessionLink({
        url: socketUrl(),
        store,
        dispatch,
        openSocket: (url) => new WebSocket(url),
        loadDecoder: () => import('./decodeServer').then((module) => module.decodeServerMessage),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (id) => window.clearTimeout(id),
      }),
  );

  useEffect(() => {
    link.resumeSaved();
    const wake = () => {
      if (document.visibilityState === 'visible') link.wake();
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      link.close();
    };
  }, [link]);

  const join = useCallback(
    (code: string, name: string, language: Locale, groupId: string | null) =>
      link.join(code, name, language, groupId),
    [link],
  );

  const askOptions = useCallback((code: string) => link.askOptions(code), [link]);

  const send = useCallback(
    (message: ChangeMessage) => {
      if (!link.send(message)) return;
      if (message.type === 'ready') {
        dispatch({ type: 'ready', ready: message.ready });
        return;
      }
      const value =
        message.type === 'remove' ? null : message.type === 'skip' ? 'skip' : message.position;
      dispatch({ type: 'answer', modelId: message.modelId, value });
    },
    [link],
  );

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), []);

  return { state, join, askOptions, send, dismiss };
}
