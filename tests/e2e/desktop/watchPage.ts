import type { Page } from '@playwright/test';

/** What a page reported: console errors, CSP violations, and requests that left the app. */
export type PageReport = { consoleErrors: string[]; cspViolations: string[]; foreign: string[] };

const CSP_PREFIX = 'CSP violation';

/**
 * Records what `page` reports from now on. CSP violations are caught in the page as they
 * happen (with the script and line that caused them); any request to other than `origin`,
 * data: or blob: counts as leaving the app.
 */
export async function watchPage(page: Page, origin: string): Promise<PageReport> {
  const report: PageReport = { consoleErrors: [], cspViolations: [], foreign: [] };
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `${prefix}: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  }, CSP_PREFIX);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (text.startsWith(CSP_PREFIX) ? report.cspViolations : report.consoleErrors).push(text);
  });
  page.on('pageerror', (error) => report.consoleErrors.push(`uncaught: ${error.message}`));
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) {
      report.foreign.push(request.url());
    }
  });
  return report;
}
