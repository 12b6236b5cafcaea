// Chromium's own traffic: a PDF made by the pool opens no connection at all, to any host, counted at a proxy.
// Every request Chromium makes goes to its proxy (loopback included: <-loopback>); here the proxy is a local
// listener that counts connections, so background requests that the dead proxy would silently swallow show up.
import { expect } from 'chai';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { BrowserPool } from '../src/report/pdf/index.js';
import { requireBrowser } from './browser.js';

/** A TCP listener on 127.0.0.1 that records each connection's first line (CONNECT host:443, GET http://…). */
class CountingProxy {
  readonly lines: string[] = [];
  connections = 0;
  readonly #sockets = new Set<Socket>();
  readonly #server: Server = createServer((socket) => {
    this.connections++;
    this.#sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', (data) => {
      this.lines.push(data.toString('latin1').split('\r\n')[0]?.slice(0, 120) ?? '');
      socket.destroy(); // no answer: the request fails, as at the dead proxy
    });
    socket.once('close', () => this.#sockets.delete(socket));
  });
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  reset(): void {
    this.lines.length = 0;
    this.connections = 0;
  }

  stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until the proxy saw a connection or `ms` passed. */
async function firstConnection(proxy: CountingProxy, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (proxy.connections === 0 && Date.now() < until) await sleep(100);
}

/** Background requests went out within seconds of every start (measured: 5 to 6); this leaves room on a slow machine. */
const QUIET_WAIT_MS = 6_000;

const DOC =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body style="font-family:\'DejaVu Sans\',sans-serif">' +
  '<h1>Stil</h1><p>Een gewoon rapport.</p><img src="http://example.invalid/beeld.png" alt=""></body></html>';

describe('pdf: Chromium opens no connection of its own', function () {
  this.timeout(120_000);
  let executablePath: string;
  const proxy = new CountingProxy();

  before(async function () {
    executablePath = requireBrowser(this);
    await proxy.start();
  });

  after(async () => {
    if (proxy.port) await proxy.stop();
  });

  beforeEach(() => proxy.reset());

  /** A Chromium with none of the pool's flags, its traffic sent to the counting proxy; closed and its profile removed after `run`. */
  async function withBareBrowser(run: (page: Page) => Promise<void>): Promise<void> {
    const profile = mkdtempSync(join(tmpdir(), 'armoedetoets-test-profile-'));
    const args = [`--proxy-server=${proxy.url}`, '--proxy-bypass-list=<-loopback>'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, userDataDir: profile, args });
    try {
      await run(await browser.newPage());
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  it('control: a request Chromium does make reaches the counting proxy', async () => {
    await withBareBrowser(async (page) => {
      await page.goto('http://example.invalid/', { timeout: 10_000 }).catch(() => undefined);
      await firstConnection(proxy, 5_000);
    });
    expect(proxy.connections, 'the proxy saw nothing: the test below would prove nothing').to.be.greaterThan(0);
    expect(proxy.lines.join('\n')).to.include('example.invalid');
  });

  it('control: Chromium started without our flags does phone home, and the proxy sees it', async function () {
    // What the flags stop. A browser build that sends nothing even without them is skipped, not failed.
    await withBareBrowser(async (page) => {
      await page.setContent('<p>stil</p>');
      await firstConnection(proxy, QUIET_WAIT_MS * 2);
    });
    if (proxy.connections === 0) this.skip();
    expect(proxy.lines.length).to.be.greaterThan(0);
  });

  it('the pool: one PDF, then a quiet wait, and zero connections to any host', async () => {
    const pool = new BrowserPool({ executablePath, proxyServer: proxy.url });
    try {
      const pdf = await pool.pdf(DOC, { title: 'Stil', lang: 'nl' });
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).to.equal('%PDF-');
      await sleep(QUIET_WAIT_MS); // background work starts in the first seconds after launch
      await pool.pdf(DOC, { title: 'Stil', lang: 'nl' }); // and a second document on the same browser
    } finally {
      await pool.close();
    }
    expect(proxy.connections, `Chromium connected out:\n${proxy.lines.join('\n')}`).to.equal(0);
  });
});
