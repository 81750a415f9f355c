import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Locale } from '@shared/i18n/locales';
import { ConnectionStatus } from './components/ConnectionStatus';
import { JoinForm } from './components/JoinForm';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useSession } from './connection/useSession';
import { pickLocale, storeLocale, storedLocale } from './i18n/locale';
import { LocaleContext, translator } from './i18n/text';
import { joinCodeFromUrl } from './state/joinCode';
import type { TokenStore } from './state/tokenStore';

// Its own chunk: dnd-kit, the catalogue's titles and the board's labels wait until needed.
const RoundScreen = lazy(() =>
  import('./components/RoundScreen').then((module) => ({ default: module.RoundScreen })),
);

type Props = { storage: Storage | null; store: TokenStore };

export function App({ storage, store }: Props) {
  const [locale, setLocale] = useState<Locale>(() =>
    pickLocale(storedLocale(storage), navigator.languages),
  );
  const { state, join, askOptions, send, dismiss } = useSession(store);
  const t = useMemo(() => translator(locale), [locale]);
  const initialCode = useMemo(() => joinCodeFromUrl(window.location.href), []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    storeLocale(storage, next);
  };
  // A returning device is resuming: show the connection, not a form it does not need.
  const resuming = state.seat === null && store.read() !== null && state.connection !== 'idle';

  return (
    <LocaleContext.Provider value={locale}>
      <header className="pp-header">
        <p className="pp-app-name">Klimatverkstad</p>
        <LanguageSwitch locale={locale} onChange={chooseLocale} />
      </header>
      <main className="pp-main">
        <ConnectionStatus state={state} />
        {state.notice && (
          <div className="pp-notice" role="alert">
            <p>{t(state.notice)}</p>
            <button type="button" className="pp-link" onClick={dismiss}>
              {t('dismiss')}
            </button>
          </div>
        )}
        {state.seat !== null ? (
          <Suspense fallback={<p>{t('connection_connecting')}</p>}>
            <RoundScreen state={state} send={send} />
          </Suspense>
        ) : resuming ? null : (
          <JoinForm
            initialCode={initialCode}
            busy={state.connection === 'connecting'}
            options={state.options}
            onCode={askOptions}
            onJoin={(code, name, groupId) => join(code, name, locale, groupId)}
          />
        )}
      </main>
    </LocaleContext.Provider>
  );
}
