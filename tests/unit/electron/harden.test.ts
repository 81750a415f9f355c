// Wiring test for harden.ts with a mocked 'electron' and a fake webContents.
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { on: vi.fn() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
}));
vi.mock('electron', () => electron);

const { hardenWebContents, installHardening } = await import('../../../electron/main/harden');

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  let openHandler: OpenHandler = () => ({ action: 'allow' });
  const contents = Object.assign(emitter, {
    session,
    setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler),
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    session,
    open: (url: string) => openHandler({ url }),
  };
}

function navigate(emitter: EventEmitter, eventName: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  emitter.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const openExternal = vi.fn(async (_url: string) => undefined);
beforeEach(() => openExternal.mockClear());

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from app://bundle', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, { openExternal });
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(navigate(emitter, name, 'app://bundle/index.html#/board')).toBe(false);
      for (const url of [
        'https://evil.io/',
        'file:///etc/passwd',
        'app://evil/',
        'app://bundle.evil.io/',
        'javascript:alert(1)',
      ]) {
        expect(navigate(emitter, name, url), `${name} ${url}`).toBe(true);
      }
    }
  });

  it('denies every new window and opens only allow-listed https links externally', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { openExternal, allowedExternalHosts: ['example.com'] });
    for (const url of [
      'app://bundle/index.html',
      'https://evil.io/',
      'http://example.com/',
      'https://example.com.evil.io/',
      'file:///etc/passwd',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://EXAMPLE.com/guide')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/guide');
  });

  it('opens nothing externally with the shipped allow-list', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { openExternal });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents webviews from attaching', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, { openExternal });
    expect(navigate(emitter, 'will-attach-webview', 'app://bundle/')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const { contents, session } = fakeContents();
    hardenWebContents(contents, { openExternal });
    const callback = vi.fn();
    const [requestHandler] = session.setPermissionRequestHandler.mock.calls[0] ?? [];
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      requestHandler(contents, permission, callback, {});
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    const [checkHandler] = session.setPermissionCheckHandler.mock.calls[0] ?? [];
    expect(checkHandler(contents, 'media', 'app://bundle', {})).toBe(false);
    const [deviceHandler] = session.setDevicePermissionHandler.mock.calls[0] ?? [];
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });
});

describe('installHardening', () => {
  it('hardens every webContents the app creates, linking out via shell', () => {
    installHardening();
    const [eventName, listener] = electron.app.on.mock.calls[0] ?? [];
    expect(eventName).toBe('web-contents-created');
    const { contents, emitter, open } = fakeContents();
    listener({}, contents);
    expect(navigate(emitter, 'will-navigate', 'https://evil.io/')).toBe(true);
    expect(open('https://evil.io/')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
