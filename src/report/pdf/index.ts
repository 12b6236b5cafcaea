// PDF output of the advisory report: browser discovery, the browser pool and the print settings.
export { findBrowser, launchArgs, PUPPETEER_CACHE_DIR, SYSTEM_BROWSER_PATHS, type FindBrowserOptions, type LaunchArgsOptions } from './browser.js';
export { BrowserPool, type BrowserPoolOptions, type PdfOptions, type PoolStats } from './pool.js';
export { stopForSignal } from './cleanup.js';
export { lockDownPage, printHtml, pdfOptions, warmUp, type PdfMeta, type BlockLog } from './render.js';
export { headerTemplate, footerTemplate } from './header.js';
