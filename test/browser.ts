// The Chromium for the browser tests. Off CI a machine without one skips them with a hint;
// on CI (CI=true, where .ci/run installs Chromium) a missing browser fails the run instead.
import { findBrowser } from '../src/report/pdf/index.js';

export const EXPLICIT_BROWSER = process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined;

/** The browser's path, or undefined when this machine has none. */
export function browserOrUndefined(): string | undefined {
  try {
    return findBrowser(EXPLICIT_BROWSER);
  } catch {
    return undefined;
  }
}

/** The browser's path; skips the calling suite or test when there is none, except on CI. */
export function requireBrowser(ctx: Mocha.Context): string {
  const found = browserOrUndefined();
  if (found !== undefined) return found;
  if (process.env['CI']) throw new Error('CI has no Chromium: .ci/run should have installed it (apt-get install chromium)');
  // eslint-disable-next-line no-console
  console.log('      (no Chromium found: install one with "apt-get install chromium" or set ARMOEDETOETS_BROWSER)');
  return ctx.skip();
}
