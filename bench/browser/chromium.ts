import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import playwrightConfig from '../../playwright.config';

/** The e2e tests' Chromium: $CHROMIUM_PATH or /usr/bin/chromium, with the same flags. */
export const launchOptions = playwrightConfig.use?.launchOptions ?? {};

/** A fresh profile directory; IndexedDB must live on disk for 'strict' durability to mean fsync. */
export const tempProfile = () => mkdtemp(join(tmpdir(), 'klimatverkstad-bench-'));

/** A browser on a persistent profile, sized like the e2e tests' window. */
export async function openBrowser(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...launchOptions,
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
  });
}

export const removeProfile = (profile: string) => rm(profile, { recursive: true, force: true });
