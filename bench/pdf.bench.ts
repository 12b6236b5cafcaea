// Benchmark: HTML→PDF per report with the warm pool vs a browser per PDF vs Chromium's own print time; burst and memory.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { renderReportHtml } from '../src/report/html.js';
import { BrowserPool, findBrowser, launchArgs, lockDownPage, pdfOptions, type PdfMeta } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const LAUNCH_RUNS = Number(process.env['BENCH_LAUNCH_RUNS'] ?? 5);
const EXAMPLE = 'examples/proposals/afvalzak-prijsstijging.yaml';
/** Idle time before each request in the "paced" measure, as between requests to a server. */
const GAP_MS = 300;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number): string => `${x.toFixed(1).padStart(7)} ms`;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0).padStart(5)} MB`;

async function timeEach(n: number, fn: () => Promise<unknown>, gapMs = 0): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs)); // not timed
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** A field of /proc/<pid>/status or smaps_rollup in kB (0 when the process is gone). */
function procKb(pid: number, file: 'status' | 'smaps_rollup', field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The browser process and all its descendants (zygotes, renderers, GPU/utility processes). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** RSS (summed, counts shared pages more than once) and PSS (shared pages divided) of Node + Chromium, in kB. */
function memory(browserPid: number | undefined): { rss: number; pss: number; processes: number } {
  const tree = browserPid === undefined ? [] : processTree(browserPid);
  const pids = [process.pid, ...tree];
  return {
    rss: pids.reduce((s, p) => s + procKb(p, 'status', 'VmRSS'), 0),
    pss: pids.reduce((s, p) => s + procKb(p, 'smaps_rollup', 'Pss'), 0),
    processes: tree.length,
  };
}

const executablePath = findBrowser(process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined);
const ruleset = defaultRuleset();
const assessment = await assess(readExample(EXAMPLE), { ruleset, lang: 'nl', today: '2025-06-01' });
const meta: PdfMeta = { title: assessment.subject.title, lang: 'nl' };

// HTML render time per report.
for (let i = 0; i < 20; i++) renderReportHtml(assessment, { ruleset, lang: 'nl' });
const htmlTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  renderReportHtml(assessment, { ruleset, lang: 'nl' });
  htmlTimes.push(performance.now() - t);
}
const html = renderReportHtml(assessment, { ruleset, lang: 'nl' });

/** A representative ~4-page A4 document: headings, paragraphs, a table, backgrounds. */
function fourPageHtml(): string {
  const para = 'De maatregel verhoogt de kost voor gezinnen met een laag inkomen; het OCMW vangt een deel op met een sociaal tarief. ';
  const sections = Array.from(
    { length: 9 },
    (_, i) => `<h2>Deel ${i + 1}</h2><p>${para.repeat(7)}</p>
<table><tr><th>Groep</th><th>Effect</th><th>Bedrag</th></tr>${'<tr><td>Leefloners</td><td>negatief</td><td>€ 42,00</td></tr>'.repeat(4)}</table>`,
  ).join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Armoedetoets</title><style>
@page { size: A4; margin: 22mm 15mm 18mm 15mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h2 { background: #e8eef7; padding: 2mm; } table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #999; padding: 1mm; }
</style></head><body><h1>Armoedetoets: afvalzak</h1>${sections}</body></html>`;
}

console.log(
  `armoedetoets PDF benchmark: ${RUNS} runs per measure (${LAUNCH_RUNS} for launch-per-PDF), ${executablePath} (Node ${process.version}), ${cpus().length} cores`,
);
console.log(`HTML render (renderReportHtml, ${EXAMPLE})  ${ms(median(htmlTimes))} median`);

async function compare(label: string, doc: string): Promise<void> {
  // 1. Warm pool: one browser, a fresh locked-down page per PDF.
  const pool = new BrowserPool({ executablePath });
  let pages = 0;
  for (let i = 0; i < 3; i++) pages = countPages(await pool.pdf(doc, meta)); // launch + warm-up
  const warm = median(await timeEach(RUNS, () => pool.pdf(doc, meta))); // back to back
  const paced = median(await timeEach(RUNS, () => pool.pdf(doc, meta), GAP_MS)); // idle gap before each
  const idle = memory(pool.browserPid());
  await pool.close();

  // 2. Floor: Chromium's own print time, page already open with the content set; only page.pdf().
  const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: launchArgs() });
  const page = await browser.newPage();
  await lockDownPage(page);
  await page.setContent(doc, { waitUntil: 'load' });
  for (let i = 0; i < 3; i++) await page.pdf(pdfOptions(meta, 30_000));
  const floor = median(await timeEach(RUNS, () => page.pdf(pdfOptions(meta, 30_000))));
  // 2b. Load and print: the same HTML set anew on that open page, then printed once. Chromium's time for a new
  // document without any pool (no new page, no lock-down); the first print of new content lays it out again.
  const loadPrint = median(
    await timeEach(RUNS, async () => {
      await page.setContent(doc, { waitUntil: 'load' });
      await page.pdf(pdfOptions(meta, 30_000));
    }),
  );
  await browser.close();

  // 3. A browser launched (and closed) per PDF.
  const perLaunch = median(
    await timeEach(LAUNCH_RUNS, async () => {
      const p = new BrowserPool({ executablePath });
      try {
        await p.pdf(doc, meta);
      } finally {
        await p.close();
      }
    }),
  );
  console.log(`\n${label}: ${(Buffer.byteLength(doc) / 1024).toFixed(0)} kB HTML, ${pages} PDF pages`);
  console.log(`  floor: page.pdf() only, content already set ${ms(floor)} median`);
  console.log(`  setContent + page.pdf() on an open page      ${ms(loadPrint)} median   ${(loadPrint / floor).toFixed(2)}x the floor`);
  console.log(
    `  warm pool, requests ${GAP_MS} ms apart          ${ms(paced)} median   ${(paced / floor).toFixed(2)}x the floor (aim <= 1.3x), ${(paced / loadPrint).toFixed(2)}x load + print`,
  );
  console.log(
    `  warm pool, requests back to back            ${ms(warm)} median   ${(warm / floor).toFixed(2)}x the floor, ${(warm / loadPrint).toFixed(2)}x load + print`,
  );
  console.log(
    `  browser launched and closed per PDF         ${ms(perLaunch)} median   ${(perLaunch / paced).toFixed(1)}x the warm pool paced, ${(perLaunch / warm).toFixed(1)}x back to back (aim >= 3x)`,
  );
  console.log(`  memory when idle: Node + Chromium RSS ${mb(idle.rss)}, PSS ${mb(idle.pss)} (${idle.processes} browser processes)`);
}

await compare('report (renderReportHtml)', html);
await compare('synthetic ~4-page document', fourPageHtml());

// 4. Bursts: 20 PDFs of the report asked at once all complete; peak memory sampled (RSS every 50 ms, PSS every 250 ms).
console.log('');
for (const maxPages of [1, 2, 4]) {
  const burstPool = new BrowserPool({ executablePath, maxPages });
  await burstPool.pdf(html, meta); // launched and warm
  let peakRss = 0;
  let peakPss = 0;
  let tick = 0;
  const probe = setInterval(() => {
    const pid = burstPool.browserPid();
    const tree = pid === undefined ? [process.pid] : [process.pid, ...processTree(pid)];
    peakRss = Math.max(
      peakRss,
      tree.reduce((s, p) => s + procKb(p, 'status', 'VmRSS'), 0),
    );
    if (tick++ % 5 === 0)
      peakPss = Math.max(
        peakPss,
        tree.reduce((s, p) => s + procKb(p, 'smaps_rollup', 'Pss'), 0),
      );
  }, 50);
  const t = performance.now();
  const results = await Promise.allSettled(Array.from({ length: 20 }, () => burstPool.pdf(html, meta)));
  const wall = performance.now() - t;
  clearInterval(probe);
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  console.log(
    `burst of 20 report PDFs at once, maxPages ${maxPages}: ${ok}/20 done in ${(wall / 1000).toFixed(2)} s (${ms(wall / 20)} per PDF), ` +
      `peak Node + Chromium RSS ${mb(peakRss)}, PSS ${mb(peakPss)}, peak pages ${burstPool.stats().peakPages}`,
  );
  await burstPool.close();
}

function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g) ?? []
  ).length;
}
