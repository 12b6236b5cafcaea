// Benchmark: assessments per second of the full pack, pooled engine vs the naive json-rules-engine use.
import { assess } from '../src/assess.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { naiveAssess, naiveRules } from './naive.js';
import { compilePack } from '../src/engine/compile.js';

const DATE = '2025-06-01';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);

async function measure(name: string, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn(i); // warm-up: JIT, compiled-pack cache, engine pool
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await fn(n);
    n++;
  }
  const perSecond = n / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(44)} ${perSecond.toFixed(0).padStart(7)} assessments/s  (${(1000 / perSecond).toFixed(3)} ms each, n=${n})`);
  return perSecond;
}

const rs = defaultRuleset();
const inputs = exampleFiles().map(readExample);
const rules = naiveRules(rs);
const pack = compilePack(rs, DATE);
console.log(`armoedetoets benchmark: ${rs.checks.length} checks, ${inputs.length} example inputs, ${SECONDS}s per measure, one core (Node ${process.version})`);

const ours = await measure('pipeline (compiled rules, pooled engines)', (i) =>
  assess(inputs[i % inputs.length] as Record<string, unknown>, { ruleset: rs, date: DATE }),
);
const naive = await measure('naive (new Engine + JSONPath per assessment)', (i) =>
  naiveAssess(inputs[i % inputs.length] as Record<string, unknown>, rs, rules, pack, DATE),
);
console.log(`ratio pipeline / naive: ${(ours / naive).toFixed(2)}x   (aim: >= 1000 assessments/s and >= 2x)`);
