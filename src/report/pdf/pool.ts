// BrowserPool: one lazily launched Chromium reused across PDFs, bounded pages and queue, restart and close.
import type { Browser, Page } from 'puppeteer-core';
import { ArmoedetoetsError } from '../../errors.js';
import { findBrowser } from './browser.js';
import { CLOSE_GRACE_MS, killChromium, launchChromium, newProfile, shutDownChromium, sleep } from './chromium.js';
import { lockDownPage, printHtml, warmUp, type PdfMeta } from './render.js';

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

const DEFAULTS = {
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
const PAGE_REUSE = 20;
/** A kept page still holds its last document (a few hundred MB for a long report): closed after this long unused. */
const SPARE_IDLE_MS = 30_000;

/** One launched browser and its throw-away profile directory. */
interface Generation {
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

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

function positiveInt(value: number | undefined, fallback: number, name: string, allowZero = false): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < (allowZero ? 0 : 1)) {
    throw new ArmoedetoetsError('USAGE', `Ongeldige PDF-instelling ${name}: ${String(value)} (verwacht een geheel getal ${allowZero ? '>= 0' : '>= 1'}).`);
  }
  return v;
}

function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nl-BE', { maximumFractionDigits: 1 });
}

function closedError(): ArmoedetoetsError {
  return new ArmoedetoetsError('RENDER_FAILED', 'De PDF-maker is afgesloten; er worden geen PDF\'s meer gemaakt.');
}

/**
 * Prints HTML to PDF with one reused Chromium. Launches on the first PDF (never at import or
 * construction), at most `maxPages` pages at once, at most `maxQueue` waiting (BUSY beyond),
 * locked-down pages (opened ahead, and reused for up to PAGE_REUSE documents), a restart
 * after `restartAfter` documents or when the browser disconnects; a PDF whose browser died under it
 * is tried once more on a new browser (each try has its own timeout). After close() every pdf()
 * call rejects with RENDER_FAILED: a closed pool stays closed.
 */
export class BrowserPool {
  readonly #explicitPath: string | undefined;
  readonly #maxPages: number;
  readonly #maxQueue: number;
  readonly #restartAfter: number;
  readonly #timeoutMs: number;
  readonly #maxHtmlBytes: number;
  readonly #proxyServer: string | undefined;

  #executable: string | undefined;
  #current: Generation | undefined;
  readonly #generations = new Set<Generation>();
  readonly #queue: Waiter[] = [];
  readonly #pageUses = new WeakMap<Page, number>();
  readonly #running = new Set<Promise<unknown>>();
  #active = 0;
  #launches = 0;
  #documents = 0;
  #pagesOpen = 0;
  #peakPages = 0;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(options: BrowserPoolOptions = {}) {
    this.#explicitPath = options.executablePath;
    this.#maxPages = positiveInt(options.maxPages, DEFAULTS.maxPages, 'maxPages');
    this.#maxQueue = positiveInt(options.maxQueue, DEFAULTS.maxQueue, 'maxQueue', true);
    this.#restartAfter = positiveInt(options.restartAfter, DEFAULTS.restartAfter, 'restartAfter', true);
    this.#timeoutMs = positiveInt(options.timeoutMs, DEFAULTS.timeoutMs, 'timeoutMs');
    this.#maxHtmlBytes = positiveInt(options.maxHtmlBytes, DEFAULTS.maxHtmlBytes, 'maxHtmlBytes');
    this.#proxyServer = options.proxyServer;
  }

  /** Prints one HTML document (A4, header with the title, footer with page x of y, tagged). */
  pdf(html: string, meta: PdfMeta, options: PdfOptions = {}): Promise<Uint8Array> {
    const run = (async () => this.#pdf(html, meta, Math.min(positiveInt(options.timeoutMs, this.#timeoutMs, 'timeoutMs'), this.#timeoutMs)))();
    this.#running.add(run);
    const forget = (): void => void this.#running.delete(run);
    run.then(forget, forget);
    return run;
  }

  async #pdf(html: string, meta: PdfMeta, timeoutMs: number): Promise<Uint8Array> {
    if (this.#closed) throw closedError();
    const bytes = Buffer.byteLength(html, 'utf8');
    if (bytes > this.#maxHtmlBytes) {
      throw new ArmoedetoetsError(
        'RENDER_FAILED',
        `Het HTML-rapport is te groot om een PDF van te maken: ${formatMb(bytes)} MB, hoogstens ${formatMb(this.#maxHtmlBytes)} MB toegestaan.`,
        { data: { bytes, maxBytes: this.#maxHtmlBytes } },
      );
    }
    await this.#acquireSlot();
    let cleanup: Promise<void> = Promise.resolve();
    try {
      for (let attempt = 1; ; attempt++) {
        if (this.#closed) throw closedError();
        try {
          const done = await this.#render(html, meta, timeoutMs);
          cleanup = done.cleanup;
          return done.pdf; // delivered now; the slot is freed once the page is closed
        } catch (e) {
          // The browser died under this PDF (or before we noticed it had): once more on a new one.
          if (attempt === 1 && e instanceof ArmoedetoetsError && e.data['browserGone'] === true) continue;
          throw e;
        }
      }
    } finally {
      void cleanup.then(() => this.#releaseSlot());
    }
  }

  #acquireSlot(): Promise<void> {
    if (this.#active < this.#maxPages) {
      this.#active++;
      return Promise.resolve();
    }
    if (this.#queue.length >= this.#maxQueue) {
      return Promise.reject(
        new ArmoedetoetsError(
          'BUSY',
          `De PDF-maker is bezig (${this.#active} PDF's in de maak, ${this.#queue.length} in de wachtrij). Probeer het zo opnieuw.`,
          { data: { inFlight: this.#active, queued: this.#queue.length } },
        ),
      );
    }
    return new Promise((resolve, reject) => this.#queue.push({ resolve, reject }));
  }

  #releaseSlot(): void {
    const next = this.#queue.shift();
    if (next) next.resolve(); // the slot passes straight to the next waiter
    else this.#active--;
  }

  /**
   * One PDF on a locked-down page. Resolves with the PDF and a cleanup promise (page kept or closed, counters
   * updated) that the slot waits for, so the caller does not wait for page.close().
   */
  async #render(html: string, meta: PdfMeta, timeoutMs: number): Promise<{ pdf: Uint8Array; cleanup: Promise<void> }> {
    const deadline = Date.now() + timeoutMs;
    let gen: Generation | undefined;
    let page: Page | undefined;
    let abandoned = false;
    let printed = false;
    const work = (async (): Promise<Uint8Array> => {
      const g = await this.#generation();
      gen = g;
      g.inFlight++;
      g.started++;
      if (this.#restartAfter > 0 && g.started >= this.#restartAfter) g.retired = true;
      page = await this.#takePage(g);
      if (abandoned) throw new ArmoedetoetsError('RENDER_TIMEOUT', 'afgebroken');
      const pdf = await printHtml(page, html, meta, deadline);
      printed = true;
      return pdf;
    })();
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );

    const finish = async (): Promise<void> => {
      abandoned = true;
      if (!settled) {
        // Timed out: close the page to stop the work; a browser that cannot even do that is killed.
        page?.close().catch(() => undefined);
        await Promise.race([work.catch(() => undefined), sleep(CLOSE_GRACE_MS)]);
        if (!settled && gen) {
          gen.retired = true;
          killChromium(gen.browser);
          await work.catch(() => undefined);
        }
      }
      if (page && gen && printed && this.#keepAsSpare(gen, page)) page = undefined;
      if (page) {
        await Promise.race([page.close().catch(() => undefined), sleep(CLOSE_GRACE_MS)]);
        this.#pagesOpen--;
      }
      if (gen) {
        gen.inFlight--;
        if ((gen.retired || gen.dead) && gen.inFlight === 0) void this.#closeGeneration(gen);
        else this.#prepareSpare(gen);
      }
    };

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ArmoedetoetsError(
              'RENDER_TIMEOUT',
              `Het maken van de PDF duurde langer dan ${(timeoutMs / 1000).toLocaleString('nl-BE')} seconden en is afgebroken.`,
              { data: { timeoutMs } },
            ),
          ),
        Math.max(0, deadline - Date.now()),
      );
    });
    try {
      const pdf = await Promise.race([work, timeout]);
      this.#documents++;
      return { pdf, cleanup: finish() };
    } catch (e) {
      await finish();
      throw this.#mapError(e, gen);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A new page, locked down before anything is loaded; counted as open from the start. */
  #openPage(gen: Generation, warm = false): Promise<Page> {
    this.#pagesOpen++;
    this.#peakPages = Math.max(this.#peakPages, this.#pagesOpen);
    return (async () => {
      try {
        const p = await (gen.browser as Browser).newPage();
        await lockDownPage(p);
        if (warm) await warmUp(p);
        return p;
      } catch (e) {
        this.#pagesOpen--;
        throw e;
      }
    })();
  }

  /** Keeps a page that printed well as the next spare, while it is young and its browser stays. */
  #keepAsSpare(gen: Generation, page: Page): boolean {
    const uses = (this.#pageUses.get(page) ?? 0) + 1;
    if (gen.spare || gen.retired || gen.dead || this.#closed || page.isClosed() || uses >= PAGE_REUSE) return false;
    this.#pageUses.set(page, uses);
    const spare = Promise.resolve(page);
    gen.spare = spare;
    gen.spareReady = true;
    setTimeout(() => {
      if (gen.spare === spare) this.#dropSpare(gen);
    }, SPARE_IDLE_MS).unref();
    return true;
  }

  /**
   * The spare page when it is ready; a new page when the spare is
   * still being prepared and there is room for one more; else the spare when it is ready.
   */
  #takePage(gen: Generation): Promise<Page> {
    const spare = gen.spare;
    if (spare && !gen.spareReady && this.#pagesOpen < this.#maxPages) return this.#openPage(gen);
    gen.spare = undefined;
    gen.spareReady = false;
    return spare ? spare.catch(() => this.#openPage(gen)) : this.#openPage(gen);
  }

  /**
   * Opens and warms one page ahead of need after a PDF is done (not while one prints: on two
   * cores that slowed the running PDF down), only while the open pages stay within maxPages.
   */
  #prepareSpare(gen: Generation): void {
    if (gen.spare || gen.retired || gen.dead || this.#closed || !gen.browser) return;
    if (this.#pagesOpen >= this.#maxPages) return;
    const spare = this.#openPage(gen, true);
    gen.spare = spare;
    gen.spareReady = false;
    spare.then(
      () => {
        if (gen.spare === spare) gen.spareReady = true;
      },
      () => undefined, // a failed spare is replaced when taken
    );
  }

  #dropSpare(gen: Generation): void {
    const spare = gen.spare;
    gen.spare = undefined;
    gen.spareReady = false;
    spare?.then(
      (p) => {
        this.#pagesOpen--;
        return p.close().catch(() => undefined);
      },
      () => undefined,
    );
  }

  #mapError(e: unknown, gen: Generation | undefined): ArmoedetoetsError {
    if (this.#closed) return closedError();
    if (e instanceof ArmoedetoetsError) return e;
    if (gen?.dead) {
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

  /** The browser for the next document: the current one, or a new one (one launch at a time). */
  async #generation(): Promise<Generation> {
    for (;;) {
      if (this.#closed) throw closedError();
      let gen = this.#current;
      if (gen && (gen.retired || gen.dead)) {
        this.#dropSpare(gen);
        if (gen.inFlight === 0) void this.#closeGeneration(gen);
        gen = undefined;
      }
      if (!gen) {
        gen = this.#launch();
        this.#current = gen;
      }
      await gen.ready;
      if (!gen.dead && !gen.retired) return gen;
      // It died (or was retired) while we waited for the launch: try again with a new one.
    }
  }

  #launch(): Generation {
    this.#executable ??= findBrowser(this.#explicitPath);
    const executablePath = this.#executable;
    const gen: Generation = { ready: Promise.resolve() as unknown as Promise<Browser>, started: 0, inFlight: 0, retired: false, dead: false, spareReady: false };
    this.#generations.add(gen);
    this.#launches++;
    gen.ready = (async () => {
      gen.userDataDir = await newProfile();
      let browser: Browser;
      try {
        browser = await launchChromium(executablePath, gen.userDataDir, {
          protocolTimeoutMs: Math.max(this.#timeoutMs * 2, 10_000),
          launchTimeoutMs: this.#timeoutMs,
          args: this.#proxyServer === undefined ? {} : { proxyServer: this.#proxyServer },
        });
      } catch (e) {
        gen.dead = true;
        if (this.#current === gen) this.#current = undefined;
        void this.#closeGeneration(gen);
        throw e;
      }
      gen.browser = browser;
      browser.once('disconnected', () => {
        gen.dead = true;
        if (this.#current === gen) this.#current = undefined;
        if (gen.inFlight === 0) void this.#closeGeneration(gen);
      });
      if (this.#closed) gen.retired = true;
      return browser;
    })();
    gen.ready.catch(() => undefined); // observed by #generation(); avoid an unhandled rejection
    return gen;
  }

  /** Closes a browser (killing it if it will not close) and removes its profile directory. */
  #closeGeneration(gen: Generation): Promise<void> {
    gen.closing ??= (async () => {
      gen.retired = true;
      this.#dropSpare(gen);
      if (this.#current === gen) this.#current = undefined;
      const browser = await gen.ready.catch(() => undefined);
      await shutDownChromium(browser, gen.userDataDir);
      this.#generations.delete(gen);
    })();
    return gen.closing;
  }

  /**
   * Closes the browser(s). Idempotent; queued requests and PDFs in flight reject with
   * RENDER_FAILED ("afgesloten"), and every later pdf() call does too.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#closed = true;
      for (const w of this.#queue.splice(0)) w.reject(closedError());
      await Promise.all([...this.#generations].map((g) => this.#closeGeneration(g)));
      await Promise.allSettled([...this.#running]);
      // A launch that was still starting when close() began has finished by now.
      await Promise.all([...this.#generations].map((g) => this.#closeGeneration(g)));
    })();
    return this.#closing;
  }

  stats(): PoolStats {
    return {
      launches: this.#launches,
      documents: this.#documents,
      inFlight: this.#active,
      queued: this.#queue.length,
      pagesOpen: this.#pagesOpen,
      peakPages: this.#peakPages,
      browsers: [...this.#generations].filter((g) => !g.dead).length,
    };
  }

  /** Process id of the current browser, if one runs (diagnostics, tests, memory figures). */
  browserPid(): number | undefined {
    const gen = this.#current;
    return gen && !gen.dead ? gen.browser?.process()?.pid : undefined;
  }
}
