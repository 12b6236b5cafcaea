// The server's assessment workers: a few worker threads (one per core by default) that each load the rules
// once and run the engine, so that assessments use every core while the main thread keeps answering.
// A bounded queue in front: when it is full a request is refused at once (503 BUSY, Retry-After) rather
// than held without bound. A worker that crashes or takes too long is replaced; its request gets a 503.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArmoedetoetsError } from '../../errors.js';
import type { Lang } from '../../types.js';
import { apiText } from '../messages/api.js';
import { fromWire, type TaskName, type Tasks, type WireError } from './tasks.js';

/**
 * Requests waiting for a worker, per worker. An assessment takes a few milliseconds, so the last of
 * 32 per worker waits a tenth of a second or two; a longer line only holds requests the server cannot
 * serve soon, and their clients are better told to come back.
 */
export const QUEUE_PER_WORKER = 32;
/** A full queue empties in well under a second: one second is enough to wait. */
export const BUSY_RETRY_AFTER_SECONDS = 1;
/**
 * From the request's arrival to its answer. The largest input the API takes (1 MiB) is assessed in
 * well under a second; ten seconds means a stuck worker, not work: it is replaced.
 */
export const JOB_TIMEOUT_MS = 10_000;
/** A worker that fails to start is tried again after this long, not in a tight loop. */
export const RESPAWN_DELAY_MS = 1_000;

export type TaskJob<K extends TaskName> = Parameters<Tasks[K]>[0];
export type TaskResult<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;

export interface AssessPoolOptions {
  /** Worker threads (default: the machine's cores). */
  size?: number;
  /** Requests waiting beyond those running; one more is refused with BUSY (default QUEUE_PER_WORKER per worker). */
  maxQueue?: number;
  timeoutMs?: number;
  /** Tests only: another worker script (one that crashes or hangs on purpose). */
  workerUrl?: URL;
}

export interface AssessPoolStats {
  size: number;
  ready: number;
  busy: number;
  queued: number;
  completed: number;
  /** Workers that ended without being asked to (crashed, or stopped after a time-out). */
  replaced: number;
}

interface Job {
  id: number;
  task: TaskName;
  job: unknown;
  lang: Lang;
  resolve(value: unknown): void;
  reject(e: unknown): void;
  timer: NodeJS.Timeout;
  thread?: Thread;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Asked to stop (time-out, close): takes no more jobs. */
  retiring: boolean;
  current?: Job;
}

type Reply = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The worker script beside this module: the bundle's own (dist/cli), the tsc output's, or the source under tsx. */
function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new URL('./assess-worker.cjs', here);
  return new URL(here.endsWith('.ts') ? './assess-worker.ts' : './assess-worker.js', here);
}

function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  // From source (tests run under tsx): Node 20 starts no TypeScript worker itself, so the worker
  // registers tsx's loader first and then imports the script.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true });
}

export class AssessPool {
  readonly size: number;
  readonly maxQueue: number;
  readonly #timeoutMs: number;
  readonly #url: URL;
  readonly #threads = new Set<Thread>();
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;
  #completed = 0;
  #replaced = 0;
  #started = 0;
  #ready: { promise: Promise<void>; resolve(): void; reject(e: unknown): void };

  constructor(options: AssessPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.maxQueue = Math.max(0, Math.floor(options.maxQueue ?? QUEUE_PER_WORKER * this.size));
    this.#timeoutMs = options.timeoutMs ?? JOB_TIMEOUT_MS;
    this.#url = options.workerUrl ?? defaultWorkerUrl();
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // read by ready(); unread, a failed start is not an unhandled rejection
    this.#ready = { promise, resolve, reject };
    for (let i = 0; i < this.size; i++) this.#spawn();
  }

  /** Resolves once every worker has loaded the rules; rejects when one cannot start (the server then does not start). */
  ready(): Promise<void> {
    return this.#ready.promise;
  }

  /** Runs a task on a worker; `lang` words the pool's own refusals (BUSY, UNAVAILABLE). */
  run<K extends TaskName>(task: K, job: TaskJob<K>, lang: Lang = 'nl'): Promise<TaskResult<K>> {
    return new Promise<TaskResult<K>>((resolve, reject) => {
      if (this.#closed) return reject(this.#unavailable(lang));
      const idle = [...this.#threads].some((t) => t.ready && !t.retiring && !t.current);
      if (!idle && this.#queue.length >= this.maxQueue) {
        return reject(
          new ArmoedetoetsError('BUSY', apiText(lang, 'assessBusy', { seconds: BUSY_RETRY_AFTER_SECONDS }), {
            data: { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
          }),
        );
      }
      const j: Job = { id: this.#nextId++, task, job, lang, resolve: resolve as (v: unknown) => void, reject, timer: undefined as unknown as NodeJS.Timeout };
      j.timer = setTimeout(() => this.#timedOut(j), this.#timeoutMs);
      this.#queue.push(j);
      this.#dispatch();
    });
  }

  stats(): AssessPoolStats {
    const threads = [...this.#threads];
    return {
      size: this.size,
      ready: threads.filter((t) => t.ready && !t.retiring).length,
      busy: threads.filter((t) => t.current).length,
      queued: this.#queue.length,
      completed: this.#completed,
      replaced: this.#replaced,
    };
  }

  /** Refuses what waits, stops every worker (a running job gets UNAVAILABLE); a closed pool stays closed. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const j of this.#queue.splice(0)) this.#fail(j, this.#unavailable(j.lang));
    await Promise.all(
      [...this.#threads].map((t) => {
        t.retiring = true;
        return t.worker.terminate();
      }),
    );
  }

  #unavailable(lang: Lang): ArmoedetoetsError {
    return new ArmoedetoetsError('UNAVAILABLE', apiText(lang, 'assessUnavailable'), { data: { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS } });
  }

  #fail(j: Job, e: unknown): void {
    clearTimeout(j.timer);
    j.reject(e);
  }

  #dispatch(): void {
    for (const t of this.#threads) {
      if (this.#queue.length === 0) return;
      if (!t.ready || t.retiring || t.current) continue;
      const j = this.#queue.shift() as Job;
      t.current = j;
      j.thread = t;
      t.worker.postMessage({ id: j.id, task: j.task, job: j.job });
    }
  }

  #timedOut(j: Job): void {
    const t = j.thread;
    if (!t) {
      const i = this.#queue.indexOf(j);
      if (i >= 0) this.#queue.splice(i, 1);
    } else if (t.current === j) {
      // Stuck: this worker is replaced (the exit handler spawns the next one).
      t.current = undefined;
      t.retiring = true;
      void t.worker.terminate();
    }
    j.reject(this.#unavailable(j.lang));
  }

  #spawn(): void {
    if (this.#closed) return;
    const thread: Thread = { worker: startWorker(this.#url), ready: false, retiring: false };
    this.#threads.add(thread);
    const initial = this.#started++ < this.size;
    let failure: unknown;
    thread.worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        thread.ready = true;
        if (initial && [...this.#threads].filter((t) => t.ready).length >= this.size) this.#ready.resolve();
      } else {
        const j = thread.current;
        if (!j || j.id !== m.id) return; // answered after its time-out: already refused
        thread.current = undefined;
        clearTimeout(j.timer);
        this.#completed++;
        if (m.ok) j.resolve(m.value);
        else j.reject(fromWire(m.error));
      }
      this.#dispatch();
    });
    thread.worker.on('error', (e) => {
      failure = e;
    });
    thread.worker.on('exit', () => {
      this.#threads.delete(thread);
      const j = thread.current;
      if (j) {
        thread.current = undefined;
        this.#fail(j, this.#unavailable(j.lang));
      }
      if (this.#closed) return;
      this.#replaced++;
      if (!thread.ready) {
        const e = new Error(`assessment worker could not start: ${(failure as Error)?.message ?? 'it stopped'}`, { cause: failure });
        if (initial) this.#ready.reject(e);
        setTimeout(() => this.#spawn(), RESPAWN_DELAY_MS).unref();
      } else this.#spawn();
      this.#dispatch();
    });
  }
}
