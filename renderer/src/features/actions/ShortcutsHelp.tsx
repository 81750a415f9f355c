import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';
import {
  ariaShortcuts,
  groupOf,
  IS_MAC,
  shortcutLabel,
  type Action,
  type ActionGroup,
  type Shortcut,
} from './action';
import { actionRegistry } from './actionRegistry';
import { useActionKeys } from './useActionKeys';

/** The panel's own shortcut: `?` (Shift+/ on most layouts). */
const HELP_SHORTCUT: Shortcut = { key: '?', modifier: 'none', shift: false };

/** The order of the panel's groups. */
const GROUPS: readonly ActionGroup[] = ['edit', 'view', 'general', 'help'];

const OpenShortcuts = createContext<(() => void) | null>(null);

/**
 * The keyboard shortcuts panel for the whole app: `?`, the desktop menu's "Keyboard shortcuts"
 * (the `shortcuts` action) and `ShortcutsButton` open it.
 */
export function ShortcutsHelpProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const actions = useMemo<Action[]>(
    () => [
      {
        name: 'shortcuts',
        label: t('shortcuts.open'),
        group: 'help',
        shortcuts: [HELP_SHORTCUT],
        enabled: true,
        run: show,
      },
    ],
    [t, show],
  );
  useActionKeys(actions);
  return (
    <OpenShortcuts.Provider value={show}>
      {children}
      {open && <ShortcutsPanel onClose={() => setOpen(false)} />}
    </OpenShortcuts.Provider>
  );
}

/** A button that opens the shortcuts panel (nothing outside a `ShortcutsHelpProvider`). */
export function ShortcutsButton({ className = 'shortcuts-open' }: { className?: string }) {
  const { t } = useTranslation();
  const open = useContext(OpenShortcuts);
  if (!open) return null;
  return (
    <button
      type="button"
      className={className}
      onClick={open}
      title={t('shortcuts.openHint')}
      aria-keyshortcuts={ariaShortcuts([HELP_SHORTCUT])}
    >
      {t('shortcuts.open')}
    </button>
  );
}

/** Every action registered now that has a shortcut, grouped, with this system's keys. */
export function ShortcutsPanel({
  onClose,
  isMac = IS_MAC,
}: {
  onClose: () => void;
  isMac?: boolean;
}) {
  const { t } = useTranslation();
  const registered = useSyncExternalStore(actionRegistry.subscribe, actionRegistry.current);
  const groups = useMemo(() => {
    const seen = new Set<string>();
    const listed = registered.filter((action) => {
      if (action.shortcuts.length === 0 || seen.has(action.name)) return false;
      seen.add(action.name);
      return true;
    });
    return GROUPS.map((group) => ({
      group,
      actions: listed.filter((action) => groupOf(action) === group),
    })).filter(({ actions }) => actions.length > 0);
  }, [registered]);

  return (
    <Modal labelledBy="shortcuts-heading" onClose={onClose} className="shortcuts-dialog">
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <p className="muted">{t('shortcuts.intro')}</p>
      {groups.length === 0 && <p>{t('shortcuts.none')}</p>}
      {groups.map(({ group, actions }) => (
        <section key={group} aria-labelledby={`shortcuts-group-${group}`}>
          <h3 id={`shortcuts-group-${group}`}>{t(`shortcuts.group_${group}`)}</h3>
          <dl className="shortcuts-list">
            {actions.map((action) => (
              <div key={action.name} className="shortcuts-row" data-action={action.name}>
                <dt>{action.label}</dt>
                <dd>
                  {action.shortcuts.map((shortcut, index) => (
                    <span key={index}>
                      {index > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{shortcutLabel(shortcut, isMac)}</kbd>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
