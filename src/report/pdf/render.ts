// One HTML document to PDF on a locked-down page: no JavaScript, no network, no files, no navigation.
import type { HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import type { Lang } from '../../types.js';
import { footerTemplate, headerTemplate } from './header.js';

export interface PdfMeta {
  /** The report title for the running header (user text: escaped there). */
  title: string;
  lang: Lang;
}

/** URL schemes a page may load: inline data and blank documents. Everything else is aborted. */
const ALLOWED_SCHEMES = new Set(['data', 'about']);

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon < 0 ? '' : url.slice(0, colon).toLowerCase();
}

/** What the lock-down stopped: for tests and diagnostics. */
export interface BlockLog {
  blocked: number;
  urls: string[];
}

/**
 * Locks a fresh page down before any content is set: JavaScript off, network offline, every request intercepted,
 * only data: and about: allowed, and no navigation of the main frame at all (a
 * `<meta http-equiv=refresh>` to any URL, even about:blank, would replace the report).
 */
export async function lockDownPage(page: Page): Promise<BlockLog> {
  const log: BlockLog = { blocked: 0, urls: [] };
  await page.setJavaScriptEnabled(false);
  // Offline emulation fails what interception never sees: <link rel=prefetch> went out with
  // interception alone (measured). data: and about: do not touch the network and still load.
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const mainFrameNavigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (!mainFrameNavigation && ALLOWED_SCHEMES.has(schemeOf(url))) {
      request.continue().catch(() => undefined); // the page may close meanwhile
      return;
    }
    log.blocked++;
    if (log.urls.length < 50) log.urls.push(url.slice(0, 200));
    // 'aborted' (net::ERR_ABORTED) drops a navigation silently; other reasons commit an error page
    // in its place, which for the main frame would replace the report.
    request.abort(request.isNavigationRequest() ? 'aborted' : 'blockedbyclient').catch(() => undefined);
  });
  return log;
}

/** Page margins leave room for the running header and footer; a report's @page rule may override them. */
const MARGIN = { top: '25mm', bottom: '20mm', left: '15mm', right: '15mm' } as const;

export function pdfOptions(meta: PdfMeta, timeoutMs: number): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(meta.title),
    footerTemplate: footerTemplate(meta.lang),
    margin: MARGIN,
    tagged: true,
    outline: true,
    timeout: Math.max(1, Math.ceil(timeoutMs)),
  };
}

/**
 * Sets the HTML on a page that lockDownPage() prepared and prints it. The content goes in with
 * setContent (document.write into about:blank), never a file:// or http:// navigation, and
 * waits for 'load' only, which cannot hang on the network because every request is aborted.
 */
export async function printHtml(page: Page, html: string, meta: PdfMeta, deadline: number): Promise<Uint8Array> {
  const remaining = (): number => Math.max(1, deadline - Date.now());
  await page.setContent(html, { waitUntil: 'load', timeout: remaining() });
  return await page.pdf(pdfOptions(meta, remaining()));
}

/** A tiny document in the report's fonts, printed once on a spare page before it is used. */
const WARM_UP_HTML =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head>' +
  "<body style=\"font-family:'DejaVu Sans','Liberation Sans',sans-serif\"><h1>Armoedetoets</h1><p><b>a</b> <i>b</i> c</p></body></html>";

/**
 * Prints a constant tiny document on a locked-down page that is still unused. The first print in a
 * new page costs about 50 ms more than later ones (print setup, font caches: measured on a 4-page
 * document, 130 ms vs 70 ms); a spare page pays it while it waits. No user content is involved.
 */
export async function warmUp(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.setContent(WARM_UP_HTML, { waitUntil: 'load', timeout: timeoutMs });
  await page.pdf(pdfOptions({ title: 'Armoedetoets', lang: 'nl' }, timeoutMs));
}
