// The Chromium processes and profile folders this process owns, so that an exit or a signal removes them.
// No puppeteer import here: the CLI entry installs its signal handlers with this module at no start-up cost.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/** How long a signal waits for a launch under way (to kill what it starts) and for killed browsers to exit. */
const SIGNAL_WAIT_MS = 3_000;

const profiles = new Set<string>();
const browsers = new Set<ChildProcess>();
const launches = new Set<Promise<unknown>>();
let stopping = false;
let exitHookInstalled = false;

function removeProfilesNow(): void {
  for (const dir of profiles) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // best effort: the process is ending
    }
  }
  profiles.clear();
}

/** A profile folder to remove at the latest when the process exits (a normal exit runs no async code). */
export function trackProfile(dir: string): void {
  profiles.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', removeProfilesNow);
}

export function untrackProfile(dir: string): void {
  profiles.delete(dir);
}

/** A browser launch under way: a signal that comes meanwhile waits for it, then kills what it started. */
export function trackLaunch(launch: Promise<ChildProcess | null | undefined>): void {
  const tracked = launch.then(
    (proc) => {
      if (proc) trackBrowser(proc);
    },
    () => undefined,
  );
  launches.add(tracked);
  void tracked.then(() => launches.delete(tracked));
}

function trackBrowser(proc: ChildProcess): void {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  browsers.add(proc);
  proc.once('exit', () => browsers.delete(proc));
}

/** True once stopForSignal() began: no new browser may start after that. */
export function isStopping(): boolean {
  return stopping;
}

/** SIGKILL to a browser's whole process group (renderers and zygotes too), or to the process alone. */
export function killProcessGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/**
 * For SIGINT/SIGTERM: no new launches, kill every browser this process started (after a launch under
 * way has started its own), wait for them to exit, and remove every profile folder. Resolves in a few
 * seconds at most; the caller exits right after.
 */
export async function stopForSignal(): Promise<void> {
  stopping = true;
  await Promise.race([Promise.allSettled([...launches]), wait(SIGNAL_WAIT_MS)]);
  const exits = [...browsers].map((proc) => new Promise<void>((r) => proc.once('exit', () => r())));
  for (const proc of browsers) killProcessGroup(proc.pid);
  await Promise.race([Promise.all(exits), wait(SIGNAL_WAIT_MS)]);
  removeProfilesNow();
}
