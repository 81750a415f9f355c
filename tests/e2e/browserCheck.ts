import { missingBrowserAdvice } from './chromiumPath';

/** Playwright's global setup: stop at once with instructions when there is no browser. */
// eslint-disable-next-line no-restricted-exports -- Playwright reads the default export.
export default function checkBrowser(): void {
  const advice = missingBrowserAdvice();
  if (advice) throw new Error(advice);
}
