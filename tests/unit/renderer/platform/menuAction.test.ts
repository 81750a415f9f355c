// The native menu's actions through the platform layer: the desktop passes the bridge's names
// on, the browser (no native menu) never calls back.
import { describe, expect, it, vi } from 'vitest';
import type { MenuAction } from '@shared/ipc/channels';
import type { DesktopApi } from '@shared/ipc/types';
import { desktopPlatform } from '../../../../renderer/src/platform/desktop';
import { webPlatform } from '../../../../renderer/src/platform/web';

/** A preload bridge whose menu messages the test plays. */
function fakeBridge() {
  const listeners = new Set<(name: MenuAction) => void>();
  const unused = () => Promise.reject(new Error('not used here'));
  const api: DesktopApi = {
    savePlan: unused,
    writeBackup: unused,
    listBackups: unused,
    readBackup: unused,
    listInterfaces: unused,
    startSession: unused,
    stopSession: unused,
    onMenuAction: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const pick = (name: MenuAction) => listeners.forEach((listener) => listener(name));
  return { api, listeners, pick };
}

describe('onMenuAction', () => {
  it('on the desktop, each menu choice reaches the listener until it unsubscribes', () => {
    const bridge = fakeBridge();
    const listener = vi.fn();
    const stop = desktopPlatform(bridge.api).onMenuAction(listener);
    bridge.pick('undo');
    bridge.pick('redo');
    expect(listener.mock.calls).toEqual([['undo'], ['redo']]);
    stop();
    expect(bridge.listeners.size).toBe(0);
    bridge.pick('undo');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('in the browser, nothing ever calls back and unsubscribing is harmless', () => {
    const listener = vi.fn();
    const stop = webPlatform.onMenuAction(listener);
    expect(typeof stop).toBe('function');
    expect(() => {
      stop();
      stop();
    }).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});
