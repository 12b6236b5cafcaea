// Benchmark: the server as it runs (`armoedetoets serve` from the build, a child process on loopback) under
// autocannon: the public assessment beside the engine's own speed, saving versions on SQLite (and on
// PostgreSQL when TEST_DATABASE_URL or BENCH_DATABASE_URL is set), and a burst of PDF requests.
// Figures only, each beside its aim (issue 9); `BENCH_SECONDS` shortens every load (CI runs it briefly).
import { cpus } from 'node:os';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { assessmentJson } from '../src/output/json.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { postgresSchema, post, startServer, type BenchServer } from './server/child.js';
import { burst, load, type LoadFigures } from './server/load.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** The issue's load: 20 connections at once. */
const CONNECTIONS = 20;
/** PDFs asked at once, each of another assessment (no cache hit); the issue's 50. */
const PDF_REQUESTS = Number(process.env['BENCH_PDF_REQUESTS'] ?? 50);
/** A queued PDF waits for up to 32 before it; at 1–2 s each on two pages, two minutes is a hang. */
const PDF_TIMEOUT_MS = 120_000;
/** Warm-up requests before each timed load (JIT, connections, the server's caches), not counted. */
const WARM_UP = 100;
const EXAMPLE = 'examples/proposals/afvalzak-prijsstijging.yaml';
const TODAY = '2025-06-01';
const ORG = 'voorbeeld';

const input = readExample(EXAMPLE) as Record<string, unknown>;
const body = JSON.stringify(input);
const pgUrl = process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'] || undefined;

const f0 = (x: number): string => x.toFixed(0).padStart(5);
const ms = (x: number): string => `${x.toFixed(1).padStart(6)} ms`;

/** Runs of fn for SECONDS after a warm-up: per second. */
async function perSecond(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 100; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

type Measured = LoadFigures & { cpu: number; cpuPerRequest: number; clientPerRequest: number };

/**
 * A load with the server's CPU use beside it (100 % = one core busy), its CPU time per request (steadier
 * than req/s on a busy machine), and autocannon's own (this process: it shares the two cores).
 */
async function measured(server: BenchServer, run: () => Promise<LoadFigures>): Promise<Measured> {
  const cpu0 = server.cpuMs();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const figures = await run();
  const cpuMs = server.cpuMs() - cpu0;
  const client = process.cpuUsage(client0);
  const n = Math.max(1, figures.requests);
  return { ...figures, cpu: (cpuMs / (performance.now() - t0)) * 100, cpuPerRequest: cpuMs / n, clientPerRequest: (client.user + client.system) / 1000 / n };
}

function line(label: string, f: Measured, aim: string, p99Aim = ''): void {
  console.log(
    `${label.padEnd(36)} ${f0(f.perSecond)} req/s ${aim.padEnd(13)} p50 ${ms(f.p50)}  p99 ${ms(f.p99)}${p99Aim}  errors ${f.errors}  non-2xx ${f.non2xx}`,
  );
  console.log(
    `${''.padEnd(36)} n=${f.requests}, ${f.mbPerSecond.toFixed(0)} MB/s received; server CPU ${f.cpu.toFixed(0)} %, ` +
      `${f.cpuPerRequest.toFixed(1)} ms per request (autocannon ${f.clientPerRequest.toFixed(1)} ms)`,
  );
}

/** Each connection saves new versions of a dossier of its own: 20 people at work, not 20 tabs of one dossier. */
async function saves(server: BenchServer, label: string, aim: string): Promise<void> {
  const paths: string[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const created = await post(server, `/api/v1/orgs/${ORG}/dossiers`, { input });
    paths.push(`/api/v1/orgs/${ORG}/dossiers/${(created['dossier'] as { id: string }).id}/versions`);
  }
  const spec = {
    url: `${server.url}${paths[0]}`,
    paths,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', cookie: server.session.cookie, 'x-csrf-token': server.session.csrf },
    body,
    connections: CONNECTIONS,
    seconds: SECONDS,
  };
  await load(spec, { amount: WARM_UP });
  line(label, await measured(server, () => load(spec)), aim);
}

async function pdfs(server: BenchServer): Promise<void> {
  // Each dossier's title differs: each result, so each report, is another one (no cache, no shared rendering).
  const meta = input['meta'] as Record<string, unknown>;
  const ids: string[] = [];
  for (let i = 0; i <= PDF_REQUESTS; i++) {
    const created = await post(server, `/api/v1/orgs/${ORG}/dossiers`, { input: { ...input, meta: { ...meta, title: `Bench PDF ${i}` } } });
    ids.push((created['assessment'] as { id: string }).id);
  }
  const headers = { cookie: server.session.cookie };
  const urlOf = (id: string): string => `${server.url}/api/v1/orgs/${ORG}/assessments/${id}/report.pdf`;
  // One PDF first: the browser launched and warm, as on a server that has printed before.
  const warm = await burst([urlOf(ids[0] as string)], headers, PDF_TIMEOUT_MS);
  const b = await burst(ids.slice(1).map(urlOf), headers, PDF_TIMEOUT_MS);
  console.log(
    `${`${PDF_REQUESTS} PDF requests at once`.padEnd(36)} ${b.completed} completed, ${b.busy} × 503 with Retry-After, ${b.errors} errors (aim: 0 errors)  ` +
      `in ${(b.wallMs / 1000).toFixed(1)} s (last PDF at ${(b.slowestOkMs / 1000).toFixed(1)} s; warm-up PDF ${warm.completed ? 'ok' : 'failed'})`,
  );
  for (const s of [...warm.errorSamples, ...b.errorSamples]) console.log(`  error: ${s.replace(/\s+/g, ' ').slice(0, 200)}`);
}

console.log(
  `armoedetoets server benchmark: ${SECONDS} s per load, ${CONNECTIONS} connections, loopback, ${EXAMPLE} (Node ${process.version}, ${cpus().length} cores)`,
);

// The engine alone, in this process, on the same input, before any server runs (one core).
const ruleset = defaultRuleset();
const engine = await perSecond(() => assess(input, { ruleset, lang: 'nl', today: TODAY }));
const engineJson = await perSecond(async () => assessmentJson(await assess(input, { ruleset, lang: 'nl', today: TODAY })));
console.log(`${'engine in the bench process'.padEnd(36)} ${f0(engine)} assessments/s  (${(1000 / engine).toFixed(2)} ms each, one core)`);
console.log(`${'engine + JSON text (assessmentJson)'.padEnd(36)} ${f0(engineJson)} assessments/s  (${(1000 / engineJson).toFixed(2)} ms each, one core)`);

const sqlite = await startServer({});
try {
  const spec = {
    url: `${sqlite.url}/api/v1/assess`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    seconds: SECONDS,
  };
  await load(spec, { amount: WARM_UP });
  line('POST /api/v1/assess', await measured(sqlite, () => load(spec)), '(aim >= 500)', ' (aim <= 50 ms)');
  await saves(sqlite, 'POST …/versions, SQLite', '(aim >= 300)');
  await pdfs(sqlite);
} finally {
  await sqlite.stop();
}

if (pgUrl) {
  const schema = await postgresSchema(pgUrl);
  try {
    const server = await startServer({ DATABASE_URL: schema.url });
    try {
      await saves(server, 'POST …/versions, PostgreSQL', '(no aim)');
    } finally {
      await server.stop();
    }
  } finally {
    await schema.drop();
  }
} else console.log(`${'POST …/versions, PostgreSQL'.padEnd(36)} skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL`);
