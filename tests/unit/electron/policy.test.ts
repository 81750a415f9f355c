import { describe, expect, it } from 'vitest';
import { appResponseHeaders, CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { MAIN_WINDOW_OPTIONS, SECURE_WEB_PREFERENCES } from '../../../electron/main/webPreferences';

/** The policy as the browser reads it: directive name → source list. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('Content-Security-Policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self' ws://127.0.0.1:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('connects only to the app itself and to sockets on loopback (the session host)', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\bws:(?!\/\/127\.0\.0\.1:\*)|wss:|\bhttp:/);
  });

  it('lets scripts come only from the app itself: no inline, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    for (const forbidden of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      "'strict-dynamic'",
      'data:',
      'blob:',
      '*',
    ]) {
      expect(csp.get('script-src')).not.toContain(forbidden);
      expect(csp.get('default-src')).not.toContain(forbidden);
    }
  });

  it('locks down plugins, base, forms and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });

  it('names no remote source, so nothing can leave the machine', () => {
    for (const sources of csp.values()) {
      // The one exception is loopback: this machine's own session server, any port.
      const remote = sources.filter((source) => source !== 'ws://127.0.0.1:*');
      for (const source of remote) expect(source).not.toMatch(/^(\*|https?:|wss?:)|\.|\*/);
    }
  });

  it('is sent with every response, with nosniff', () => {
    for (const headers of [appResponseHeaders(), appResponseHeaders('text/html; charset=utf-8')]) {
      expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(appResponseHeaders('text/css')['Content-Type']).toBe('text/css');
  });
});

describe('webPreferences', () => {
  it('isolates and sandboxes every window, with no Node and no insecure switches', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
  });

  it('opens a hidden window of the agreed size and title', () => {
    expect(MAIN_WINDOW_OPTIONS).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 640,
      title: 'Klimatverkstad',
      show: false,
    });
  });
});
