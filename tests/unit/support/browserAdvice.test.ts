// The e2e setup's answer when no Chromium is found: say exactly how to get one.
import { afterEach, describe, expect, it, vi } from 'vitest';

const present = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', () => ({ existsSync: (path: string) => present.has(path) }));
vi.mock('@playwright/test', () => ({
  chromium: { executablePath: () => '/home/u/.cache/ms-playwright/chromium/chrome' },
}));

const { missingBrowserAdvice } = await import('../../e2e/chromiumPath');

afterEach(() => {
  present.clear();
  vi.unstubAllEnvs();
});

describe('missingBrowserAdvice', () => {
  it('names the three ways to get a browser when none is there', () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    const advice = missingBrowserAdvice();
    expect(advice).toContain('apt-get install chromium');
    expect(advice).toContain('npx playwright install chromium');
    expect(advice).toContain('export CHROMIUM_PATH=');
    expect(advice).not.toContain('there is no file there');
  });

  it('says when CHROMIUM_PATH points at nothing', () => {
    vi.stubEnv('CHROMIUM_PATH', '/opt/chromium/chrome');
    expect(missingBrowserAdvice()).toContain(
      'CHROMIUM_PATH is set to /opt/chromium/chrome, but there is no file there.',
    );
  });

  it.each([
    ['CHROMIUM_PATH', '/opt/chromium/chrome'],
    ["Debian's chromium", '/usr/bin/chromium'],
    ["Playwright's own browser", '/home/u/.cache/ms-playwright/chromium/chrome'],
  ])('is silent when %s is there', (_label, path) => {
    vi.stubEnv('CHROMIUM_PATH', '/opt/chromium/chrome');
    present.add(path);
    expect(missingBrowserAdvice()).toBeUndefined();
  });
});
