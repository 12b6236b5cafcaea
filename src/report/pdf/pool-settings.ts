// The browser pool's settings, their defaults and checks, its statistics, and its error messages.
import type { Browser, Page } from 'puppeteer-core';
import { ArmoedetoetsError } from '../../errors.js';

export interface BrowserPoolOptions {
  /** An explicit browser executable (the CLI passes ARMOEDETOETS_BROWSER / PUPPETEER_EXECUTABLE_PATH). */
  executablePath?: string;
  /** Pages printing at the same time (default 2: ten tabs at once have crashed Chromium). */
  maxPages?: number;
  /** Requests waiting for a page; one more is refused with BUSY (default 32). */
  maxQueue?: number;
  /** Restart Chromium after this many documents (default 200; 0 = never). */
  restartAfter?: number;
  /** Longest time for one PDF once it has a page slot, launch included (default 30 s). */
  timeoutMs?: number;
  /** Largest HTML accepted, in UTF-8 bytes (default 5 MB). */
  maxHtmlBytes?: number;
  /** Tests only: a proxy that counts Chromium's connections, instead of the dead proxy. */
  proxyServer?: string;
}

/** Per document. */
export interface PdfOptions {
  /** A shorter time limit than the pool's for this document (a longer one is cut to the pool's). */
  timeoutMs?: number;
}

export interface PoolStats {
  /** Browsers launched so far. */
  launches: number;
  /** PDFs produced so far. */
  documents: number;
  /** Requests holding a page slot. */
  inFlight: number;
  /** Requests waiting for a slot. */
  queued: number;
  /** Chromium pages open right now, and the most ever open at once. */
  pagesOpen: number;
  peakPages: number;
  /** Browser processes alive (more than one only briefly, while a retired one finishes). */
  browsers: number;
}

export const DEFAULTS = {
  maxPages: 2,
  maxQueue: 32,
  restartAfter: 200,
  timeoutMs: 30_000,
  maxHtmlBytes: 5 * 1024 * 1024,
} as const;

/**
 * Documents one page prints before it is closed. Reusing a page keeps its renderer's caches warm:
 * a fresh page cost about 200 ms more per 32-page report (bench/pdf.bench.ts). Each document
 * replaces the previous one whole (setContent), with JavaScript off and every request still intercepted.
 */
export const PAGE_REUSE = 20;
/** A kept page still holds its last document (a few hundred MB for a long report): closed after this long unused. */
export const SPARE_IDLE_MS = 30_000;

/** One launched browser and its throw-away profile directory. */
export interface Generation {
  ready: Promise<Browser>;
  browser?: Browser;
  userDataDir?: string;
  /** Documents started on this browser. */
  started: number;
  inFlight: number;
  /** Takes no new documents; closed when the last one is done. */
  retired: boolean;
  /** Disconnected: crashed, killed or closed. */
  dead: boolean;
  /** A locked-down page ready for the next PDF: opened ahead, or kept from the previous PDF. */
  spare?: Promise<Page>;
  spareReady: boolean;
  closing?: Promise<void>;
}

export function positiveInt(value: number | undefined, fallback: number, name: string, allowZero = false): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < (allowZero ? 0 : 1)) {
    throw new ArmoedetoetsError('USAGE', `Ongeldige PDF-instelling ${name}: ${String(value)} (verwacht een geheel getal ${allowZero ? '>= 0' : '>= 1'}).`);
  }
  return v;
}

function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nl-BE', { maximumFractionDigits: 1 });
}

export function closedError(): ArmoedetoetsError {
  return new ArmoedetoetsError('RENDER_FAILED', "De PDF-maker is afgesloten; er worden geen PDF's meer gemaakt.");
}

/** Any failure of a PDF as an ArmoedetoetsError: closed pool, browser gone (retried once), timeout, or else. */
export function renderError(e: unknown, poolClosed: boolean, browserDead: boolean): ArmoedetoetsError {
  if (poolClosed) return closedError();
  if (e instanceof ArmoedetoetsError) return e;
  if (browserDead) {
    return new ArmoedetoetsError('RENDER_FAILED', 'De browser is gestopt terwijl de PDF gemaakt werd; probeer het opnieuw.', {
      cause: e,
      data: { browserGone: true },
    });
  }
  if (e instanceof Error && e.name === 'TimeoutError') {
    // puppeteer's TimeoutError, known by name: puppeteer-core is loaded lazily (chromium.ts)
    return new ArmoedetoetsError('RENDER_TIMEOUT', `Het maken van de PDF duurde te lang en is afgebroken (${e.message}).`, { cause: e });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new ArmoedetoetsError('RENDER_FAILED', `De PDF kon niet gemaakt worden: ${detail}`, { cause: e });
}

export function htmlTooLarge(bytes: number, maxBytes: number): ArmoedetoetsError {
  return new ArmoedetoetsError(
    'RENDER_FAILED',
    `Het HTML-rapport is te groot om een PDF van te maken: ${formatMb(bytes)} MB, hoogstens ${formatMb(maxBytes)} MB toegestaan.`,
    { data: { bytes, maxBytes } },
  );
}

/** A promise that rejects with RENDER_TIMEOUT at `deadline`, and the means to cancel it. */
export function timeoutAt(deadline: number, timeoutMs: number): { expired: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        const seconds = (timeoutMs / 1000).toLocaleString('nl-BE');
        reject(
          new ArmoedetoetsError('RENDER_TIMEOUT', `Het maken van de PDF duurde langer dan ${seconds} seconden en is afgebroken.`, { data: { timeoutMs } }),
        );
      },
      Math.max(0, deadline - Date.now()),
    );
  });
  return { expired, clear: () => clearTimeout(timer) };
}
