// BrowserPool: one lazily launched Chromium reused across PDFs, bounded pages and queue, restart and close.
import type { Browser, Page } from 'puppeteer-core';
import { ArmoedetoetsError } from '../../errors.js';
import { findBrowser } from './browser.js';
import {
  closedError,
  DEFAULTS,
  htmlTooLarge,
  PAGE_REUSE,
  positiveInt,
  renderError,
  SPARE_IDLE_MS,
  timeoutAt,
  type BrowserPoolOptions,
  type Generation,
  type PdfOptions,
  type PoolStats,
} from './pool-settings.js';
import { Slots } from './slots.js';
import { CLOSE_GRACE_MS, killChromium, shutDownChromium, sleep } from './chromium.js';
import { launchGeneration } from './generation.js';
import { lockDownPage, printHtml, warmUp, type PdfMeta } from './render.js';

export type { BrowserPoolOptions, PdfOptions, PoolStats };

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
  readonly #restartAfter: number;
  readonly #timeoutMs: number;
  readonly #maxHtmlBytes: number;
  readonly #proxyServer: string | undefined;

  #executable: string | undefined;
  #current: Generation | undefined;
  readonly #generations = new Set<Generation>();
  readonly #slots: Slots;
  readonly #pageUses = new WeakMap<Page, number>();
  readonly #running = new Set<Promise<unknown>>();
  #launches = 0;
  #documents = 0;
  #pagesOpen = 0;
  #peakPages = 0;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(options: BrowserPoolOptions = {}) {
    this.#explicitPath = options.executablePath;
    this.#maxPages = positiveInt(options.maxPages, DEFAULTS.maxPages, 'maxPages');
    this.#slots = new Slots(this.#maxPages, positiveInt(options.maxQueue, DEFAULTS.maxQueue, 'maxQueue', true));
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
    if (bytes > this.#maxHtmlBytes) throw htmlTooLarge(bytes, this.#maxHtmlBytes);
    await this.#slots.acquire();
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
      void cleanup.then(() => this.#slots.release());
    }
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

    const timeout = timeoutAt(deadline, timeoutMs);
    try {
      const pdf = await Promise.race([work, timeout.expired]);
      this.#documents++;
      return { pdf, cleanup: finish() };
    } catch (e) {
      await finish();
      throw renderError(e, this.#closed, gen?.dead === true);
    } finally {
      timeout.clear();
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
    this.#launches++;
    const gen = launchGeneration(
      this.#executable,
      { timeoutMs: this.#timeoutMs, proxyServer: this.#proxyServer },
      {
        failed: (g) => {
          if (this.#current === g) this.#current = undefined;
          void this.#closeGeneration(g);
        },
        disconnected: (g) => {
          if (this.#current === g) this.#current = undefined;
          if (g.inFlight === 0) void this.#closeGeneration(g);
        },
        poolClosed: () => this.#closed,
      },
    );
    this.#generations.add(gen);
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
      this.#slots.rejectWaiting(closedError());
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
      inFlight: this.#slots.active,
      queued: this.#slots.queued,
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
