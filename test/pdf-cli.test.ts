// PDF from the command line: the time limit (--timeout, ARMOEDETOETS_PDF_TIMEOUT), one page per process,
// and a signal during a PDF that leaves no browser and no profile folder behind.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../src/cli/args.js';
import { CLI_PDF_PAGES, cliPoolOptions, DEFAULT_PDF_TIMEOUT_S } from '../src/cli/pdf-options.js';
import { renderAs, withRenderer } from '../src/cli/render.js';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { ArmoedetoetsError } from '../src/errors.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { EXPLICIT_BROWSER, requireBrowser } from './browser.js';
import { cli, cliWith } from './cli-io.js';
import { TEST_DATE } from './helpers.js';

const EXAMPLE = 'examples/proposals/zwembad-sociaal-tarief.yaml';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'pdf-cli-'));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('pdf from the CLI: time limit and pages', function () {
  this.timeout(120_000);

  it('--timeout takes seconds above 0 and at most an hour, only with --format pdf', () => {
    expect(parseCliArgs(['assess', EXAMPLE, '--format', 'pdf', '-o', 'x.pdf', '--timeout', '90']).timeout).to.equal('90');
    expect(parseCliArgs(['assess', EXAMPLE, '--format', 'pdf', '-o', 'x.pdf', '--timeout', '2.5']).timeout).to.equal('2.5');
    for (const bad of ['0', '-3', 'abc', '', '3601', '1e3', 'Infinity', '0x10']) {
      expect(() => parseCliArgs(['assess', EXAMPLE, '--format', 'pdf', '-o', 'x.pdf', `--timeout=${bad}`]), bad)
        .to.throw(ArmoedetoetsError)
        .with.property('message')
        .that.includes('--timeout moet een aantal seconden zijn');
    }
    expect(() => parseCliArgs(['assess', EXAMPLE, '--timeout', '30'])).to.throw(ArmoedetoetsError, '--timeout geldt enkel voor --format pdf');
  });

  it('the CLI pool prints one page at a time; the limit comes from --timeout, else the environment, else 30 s', () => {
    const io = { browserPath: '/usr/bin/chromium' } as Parameters<typeof cliPoolOptions>[0];
    expect(CLI_PDF_PAGES).to.equal(1);
    expect(cliPoolOptions(io)).to.deep.equal({ executablePath: '/usr/bin/chromium', maxPages: 1, timeoutMs: DEFAULT_PDF_TIMEOUT_S * 1000 });
    expect(cliPoolOptions({ ...io, pdfTimeout: '120' }).timeoutMs).to.equal(120_000);
    expect(cliPoolOptions({ ...io, pdfTimeout: '0.5' }).timeoutMs).to.equal(500);
    expect(() => cliPoolOptions({ ...io, pdfTimeout: 'lang' })).to.throw(ArmoedetoetsError, 'ARMOEDETOETS_PDF_TIMEOUT moet een aantal seconden zijn');
  });

  it('a bad --timeout or ARMOEDETOETS_PDF_TIMEOUT is exit 2 naming it; a text run ignores the environment', async () => {
    const out = join(tmp(), 'advies.pdf');
    const flag = await cli('assess', EXAMPLE, '--format', 'pdf', '-o', out, '--timeout', 'snel');
    expect(flag.code, flag.stderr).to.equal(2);
    expect(flag.stderr).to.include('--timeout moet een aantal seconden zijn').and.include('"snel"');
    const env = await cliWith({ pdfTimeout: 'snel' }, 'assess', EXAMPLE, '--format', 'pdf', '-o', out);
    expect(env.code).to.equal(2);
    expect(env.stderr).to.include('ARMOEDETOETS_PDF_TIMEOUT moet een aantal seconden zijn');
    expect(existsSync(out)).to.equal(false);
    const text = await cliWith({ pdfTimeout: 'snel' }, 'assess', EXAMPLE);
    expect(text.code, text.stderr).to.equal(0);
  });

  it('the time limit is applied: a tiny one fails with a hint, --timeout wins over the environment', async function () {
    requireBrowser(this);
    const dir = tmp();
    // 0.05 s cannot cover even the browser's start: the PDF surely runs out of time, on any machine.
    const short = await cliWith({ pdfTimeout: '0.05' }, 'assess', EXAMPLE, '--format', 'pdf', '-o', join(dir, 'a.pdf'));
    expect(short.code, short.stderr).to.equal(2);
    expect(short.stderr).to.include('0,05 seconden').and.include('--timeout');
    expect(existsSync(join(dir, 'a.pdf'))).to.equal(false);
    const flag = await cli('assess', EXAMPLE, '--format', 'pdf', '-o', join(dir, 'b.pdf'), '--timeout', '0.05');
    expect(flag.code, flag.stderr).to.equal(2);
    expect(flag.stderr).to.include('0,05 seconden');
    const wins = await cliWith({ pdfTimeout: '0.05' }, 'assess', EXAMPLE, '--format', 'pdf', '-o', join(dir, 'c.pdf'), '--timeout', '300');
    expect(wins.code, wins.stderr).to.equal(0);
    expect(readFileSync(join(dir, 'c.pdf')).subarray(0, 5).toString('latin1')).to.equal('%PDF-');
  });

  it('PDFs asked at once in one CLI process are printed one at a time, the rest wait in the queue', async function () {
    const executablePath = requireBrowser(this);
    const rs = defaultRuleset();
    const a = await assess(readExample(join('examples', 'proposals', 'uitpas-kansentarief.yaml')), { ruleset: rs, today: TEST_DATE });
    const io = { browserPath: executablePath } as Parameters<typeof withRenderer>[1];
    const stats = await withRenderer(rs, io, async (ctx) => {
      let maxQueued = 0;
      const first = renderAs(a, 'pdf', 'nl', ctx, { color: false });
      await sleep(0); // the pool exists once the first has imported it
      const runs = [first, renderAs(a, 'pdf', 'nl', ctx, { color: false }), renderAs(a, 'pdf', 'nl', ctx, { color: false })];
      const probe = setInterval(() => (maxQueued = Math.max(maxQueued, ctx.pool?.stats().queued ?? 0)), 5);
      try {
        await Promise.all(runs);
      } finally {
        clearInterval(probe);
      }
      return { ...ctx.pool?.stats(), maxQueued };
    });
    expect(stats).to.include({ launches: 1, documents: 3, peakPages: 1 });
    expect(stats.maxQueued).to.be.at.least(1);
  });
});

/** Processes whose command line mentions `text` (here: Chromium started with a profile under our TMPDIR). */
function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const state = readFileSync(`/proc/${name}/status`, 'utf8');
      if (cmd.includes(text) && !/^State:\s+Z/m.test(state)) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

const profiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('armoedetoets-chromium-'));

describe('pdf from the CLI: a signal during a PDF', function () {
  this.timeout(120_000);

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} while Chromium runs: the browser is stopped, its profile folder removed, exit ${code}`, async function () {
      const executablePath = requireBrowser(this);
      const dir = tmp();
      const ownTmp = join(dir, 'tmp'); // the child's TMPDIR: its profile folders and nobody else's
      const { mkdirSync } = await import('node:fs');
      mkdirSync(ownTmp);
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'assess', EXAMPLE, '--format', 'pdf', '-o', join(dir, 'advies.pdf')], {
        env: { ...process.env, TMPDIR: ownTmp, ARMOEDETOETS_BROWSER: EXPLICIT_BROWSER ?? executablePath },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once('exit', (c, s) => resolve({ code: c, signal: s })),
      );
      // Wait until Chromium runs with a profile folder in the child's TMPDIR, then send the signal.
      const until = Date.now() + 90_000;
      while (processesMentioning(ownTmp).length === 0 && child.exitCode === null && Date.now() < until) await sleep(50);
      expect(child.exitCode, `the CLI ended before Chromium started: ${stderr}`).to.equal(null);
      expect(profiles(ownTmp), 'no profile folder while Chromium runs').to.have.length.greaterThan(0);
      child.kill(signal);
      const result = await exited;
      expect(result, stderr).to.deep.equal({ code, signal: null });
      expect(profiles(ownTmp), 'a profile folder was left behind').to.deep.equal([]);
      const deadline = Date.now() + 5_000;
      while (processesMentioning(ownTmp).length > 0 && Date.now() < deadline) await sleep(50);
      expect(processesMentioning(ownTmp), 'a Chromium process outlived the CLI').to.deep.equal([]);
      expect(existsSync(join(dir, 'advies.pdf'))).to.equal(false);
    });
  }
});
