// How the CLI prints PDFs: one page at a time per process, and the time limit per PDF.
import type { BrowserPoolOptions } from '../report/pdf/pool.js';
import { parseTimeoutSeconds } from './args.js';
import type { CliIO } from './io.js';

/**
 * Pages one CLI process prints at once. A CLI run renders its files one after the other anyway; one
 * page keeps each process to one renderer, so that several CLI processes side by side (a script that
 * starts ten at once on two cores) share the machine instead of all running out of time together.
 * Each CLI process still starts its own Chromium: for many PDFs, run one folder (`assess MAP`) instead.
 */
export const CLI_PDF_PAGES = 1;
/** Default time limit for one PDF, browser start included. */
export const DEFAULT_PDF_TIMEOUT_S = 30;

/**
 * The pool the CLI prints with: one page, the browser and the time limit from the IO. --timeout was
 * checked with the arguments, so a bad value here comes from ARMOEDETOETS_PDF_TIMEOUT; it is refused
 * when a PDF is made, not when a text run merely has it in its environment.
 */
export function cliPoolOptions(io: CliIO): BrowserPoolOptions {
  const seconds = io.pdfTimeout !== undefined ? parseTimeoutSeconds(io.pdfTimeout, 'ARMOEDETOETS_PDF_TIMEOUT') : DEFAULT_PDF_TIMEOUT_S;
  return { executablePath: io.browserPath, maxPages: CLI_PDF_PAGES, timeoutMs: Math.max(1, Math.round(seconds * 1000)) };
}
