// Benchmark: a text assessment from the CLI in a fresh process (what a user or a script waits for),
// beside the same assessment in a warm process (the library's own work). Aim: cold <= 300 ms.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { defaultRuleset } from '../src/ruleset/load.js';

const EXAMPLE = 'examples/proposals/zwembad-sociaal-tarief.yaml';
/** Spawns timed; always 5 unless asked otherwise, also in CI's short run (a spawn costs well under a second). */
const SPAWNS = Number(process.env['BENCH_COLD_RUNS'] ?? 5);
const WARM_RUNS = 200;
const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.cjs');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function spawnOnce(): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'assess', EXAMPLE], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`the CLI failed (exit ${String(r.status)}): ${r.stderr}`);
  return elapsed;
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
if (!existsSync(join(PACKAGE_ROOT, 'dist', 'src', 'validation', 'precompiled', 'manifest.json'))) {
  console.log('note: no precompiled validators in dist/ (the build step did not run): the cold figure includes compiling the schemas');
}

spawnOnce(); // not timed: brings the files into the page cache, as on any machine that ran the CLI before
const cold = Array.from({ length: SPAWNS }, spawnOnce);

const rs = defaultRuleset();
const input = readExample(EXAMPLE);
for (let i = 0; i < 50; i++) await assess(input, { ruleset: rs, date: '2025-06-01' });
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  const t = performance.now();
  await assess(input, { ruleset: rs, date: '2025-06-01' });
  warm.push(performance.now() - t);
}

const range = `${Math.min(...cold).toFixed(0)}–${Math.max(...cold).toFixed(0)} ms`;
console.log(`cold CLI text assessment: ${median(cold).toFixed(0)} ms (median of ${SPAWNS} spawns; range ${range}; aim <= 300 ms)`);
console.log(`warm library assessment:  ${median(warm).toFixed(2)} ms (median of ${WARM_RUNS}, same input, in one process)`);
