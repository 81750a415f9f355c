import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Chromium for the end-to-end tests: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else Playwright's own browser (undefined: Playwright finds it, where `npx playwright install`
 * could run).
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** What to do when no Chromium is found; undefined when there is one. */
export function missingBrowserAdvice(): string | undefined {
  if (chromiumPath() || existsSync(chromium.executablePath())) return undefined;
  const given = process.env.CHROMIUM_PATH;
  return [
    'The end-to-end tests need Chromium, and none was found.',
    given ? `CHROMIUM_PATH is set to ${given}, but there is no file there.` : '',
    'Do one of these, then run the tests again:',
    '  - Debian or Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
    '  - any system with internet access: npx playwright install chromium',
    '  - a Chromium or Chrome you already have: export CHROMIUM_PATH=/path/to/chromium',
  ]
    .filter(Boolean)
    .join('\n');
}
