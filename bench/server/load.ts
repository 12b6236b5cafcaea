// The loads of the server benchmark: autocannon at a fixed number of connections for a fixed time, and a
// burst of PDF requests all sent at once. Figures only: nothing here asserts a speed.
import autocannon from 'autocannon';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Megabytes per second received. */
  mbPerSecond: number;
}

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** One path per connection (connection i sends to paths[i % n]); the URL's own path otherwise. */
  paths?: string[];
}

/** Each request this long at most: a server that stops answering shows as timeouts, never as a hung bench. */
const REQUEST_TIMEOUT_S = 30;

function perConnection(spec: LoadSpec, paths: string[]): (client: autocannon.Client) => void {
  let next = 0;
  return (client) => {
    const path = paths[next++ % paths.length] as string;
    client.setRequests([{ method: spec.method, path, headers: spec.headers, body: spec.body }]);
  };
}

export async function load(spec: LoadSpec, bounded?: { amount: number }): Promise<LoadFigures> {
  const r = await autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    timeout: REQUEST_TIMEOUT_S,
    ...(spec.paths ? { setupClient: perConnection(spec, spec.paths) } : {}),
    ...(bounded ? { amount: bounded.amount } : { duration: spec.seconds }),
  });
  const seconds = r.duration || spec.seconds;
  return {
    requests: r.requests.total,
    perSecond: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    mbPerSecond: r.throughput.total / seconds / 1e6,
  };
}

export interface BurstFigures {
  sent: number;
  completed: number;
  busy: number;
  /** 503s that lacked Retry-After, other statuses, bodies that were no PDF, failed connections. */
  errors: number;
  errorSamples: string[];
  wallMs: number;
  slowestOkMs: number;
}

/** Every URL fetched at once; each answer sorted as a PDF, a 503 with Retry-After, or an error. */
export async function burst(urls: string[], headers: Record<string, string>, timeoutMs: number): Promise<BurstFigures> {
  const start = performance.now();
  const out: BurstFigures = { sent: urls.length, completed: 0, busy: 0, errors: 0, errorSamples: [], wallMs: 0, slowestOkMs: 0 };
  const error = (what: string): void => {
    out.errors++;
    if (out.errorSamples.length < 3) out.errorSamples.push(what);
  };
  await Promise.all(
    urls.map(async (url) => {
      try {
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status === 200 && body.subarray(0, 5).toString('latin1') === '%PDF-') {
          out.completed++;
          out.slowestOkMs = Math.max(out.slowestOkMs, performance.now() - start);
        } else if (res.status === 503 && res.headers.get('retry-after')) out.busy++;
        else error(`${res.status} ${body.subarray(0, 200).toString('utf8')}`);
      } catch (e) {
        error((e as Error).message);
      }
    }),
  );
  out.wallMs = performance.now() - start;
  return out;
}
