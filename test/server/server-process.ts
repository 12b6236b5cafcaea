// The server as a child process, as it runs in production: the built command (`node dist/cli/main.cjs
// serve`) when dist is there and newer than every file of src, rules and schemas, else
// `tsx src/server/main.ts`. Used by the tests that kill a server or run two of them on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = process.cwd();
const BUILT = [join(ROOT, 'dist', 'cli', 'main.cjs'), join(ROOT, 'dist', 'cli', 'server.cjs')];
/** How long a server may take to start (migrations, the demo seed with its assessments) on a loaded 2-core machine. */
export const START_TIMEOUT_MS = 60_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The command line that starts the server, and what it is (for the tests' titles). */
export function serverArgv(): { name: string; argv: string[] } {
  const sources = Math.max(...['src', 'rules', 'schemas'].map((d) => newestSource(join(ROOT, d))));
  const built = BUILT.every((f) => existsSync(f)) && Math.min(...BUILT.map((f) => statSync(f).mtimeMs)) >= sources;
  return built
    ? { name: 'node dist/cli/main.cjs serve', argv: [BUILT[0] as string, 'serve'] }
    : { name: 'tsx src/server/main.ts', argv: ['--import', 'tsx', 'src/server/main.ts'] };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  /** Resolves with the exit code, or the signal's name. */
  exited: Promise<number | string>;
  /** SIGKILL (nothing runs after it) or SIGTERM (graceful), and the exit awaited. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | string>;
}

/** Starts a server on a free loopback port with `env` over the test's own environment; resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const { argv } = serverArgv();
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://toets.example.be',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (d: Buffer) => void (output.stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => void (output.stderr += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server stopped before it listened: ${output.stderr}${output.stdout}`);
    if (/^armoedetoets (luistert op|écoute sur|listening on) /m.test(output.stdout)) break;
    if (Date.now() - started > START_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within ${START_TIMEOUT_MS} ms: ${output.stderr}${output.stdout}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    child,
    output,
    exited,
    stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
