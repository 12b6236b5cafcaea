// The server's entry (`npm start` runs it through `armoedetoets serve`; `tsx src/server/main.ts` runs it
// directly): starts it, and on SIGTERM or SIGINT stops it gracefully and exits 0. A wrong setting stops
// the start with one Dutch line and exit 2; anything else that stops the start, exit 1.
import { pathToFileURL } from 'node:url';
import { isArmoedetoetsError } from '../errors.js';
import type { Lang } from '../types.js';
import { startServer, type Output } from './bootstrap.js';
import { seedAssessHook } from './seed-hook.js';

export const EXIT = { ok: 0, failed: 1, config: 2 } as const;

/** Runs until a signal: resolves with the exit code (the caller exits with it). */
export async function serve(env: Record<string, string | undefined>, cwd: string, out: Output, lang: Lang = 'nl'): Promise<number> {
  let running;
  try {
    running = await startServer(env, cwd, out, { lang, ...(seedAssessHook ? { assess: seedAssessHook } : {}) });
  } catch (e) {
    if (isArmoedetoetsError(e) && e.expected) {
      out.stderr(e.message.split('\n')[0] + '\n');
      return e.code === 'CONFIG_INVALID' ? EXIT.config : EXIT.failed;
    }
    out.stderr(`armoedetoets: de server kon niet starten: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.failed;
  }
  const server = running;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      server.close().then(
        () => resolve(EXIT.ok),
        (e: unknown) => {
          out.stderr(`armoedetoets: afsluiten mislukt: ${(e as Error)?.message ?? String(e)}\n`);
          resolve(EXIT.failed);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

const output: Output = { stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s) };

// Run directly (tsx src/server/main.ts, node dist/src/server/main.js), not when imported.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void serve(process.env, process.cwd(), output).then((code) => process.exit(code));
}
