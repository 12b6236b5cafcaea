// One Chromium process for the pool: launched with a throw-away profile, shut down (or killed) with it.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ArmoedetoetsError } from '../../errors.js';
import { launchArgs } from './browser.js';

/** How long page.close() / browser.close() may take before the process is killed. */
export const CLOSE_GRACE_MS = 5_000;
const LAUNCH_TIMEOUT_MS = 30_000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

// Profile directories still on disk, removed if the process exits without a shutdown.
const liveProfiles = new Set<string>();
let exitHookInstalled = false;
function trackProfile(dir: string): void {
  liveProfiles.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const d of liveProfiles) {
      try {
        rmSync(d, { recursive: true, force: true });
      } catch {
        // best effort at exit
      }
    }
  });
}

/** A new profile directory, created before the launch so that it can be removed whatever happens. */
export async function newProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'armoedetoets-chromium-'));
  trackProfile(dir);
  return dir;
}

/** Starts headless Chromium over a pipe (no DevTools port) with the locked-down flags; a failure names the browser. */
export async function launchChromium(executablePath: string, userDataDir: string, protocolTimeoutMs: number): Promise<Browser> {
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true, // no DevTools port on loopback
      userDataDir,
      args: launchArgs(),
      handleSIGINT: false, // the application decides when to close
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: protocolTimeoutMs,
    });
  } catch (e) {
    throw new ArmoedetoetsError(
      'RENDER_FAILED',
      `De browser ${executablePath} kon niet starten: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      { cause: e, data: { executablePath } },
    );
  }
}

/** Kills the browser's whole process group (renderers and zygotes too). */
export function killChromium(browser: Browser | undefined): void {
  const pid = browser?.process()?.pid;
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

/** Closes the browser, kills it if it will not close in time, and removes its profile directory. */
export async function shutDownChromium(browser: Browser | undefined, userDataDir: string | undefined): Promise<void> {
  if (browser) {
    const proc = browser.process();
    const running = (): boolean => proc !== null && proc.exitCode === null && proc.signalCode === null;
    const exited = running() ? new Promise<void>((r) => proc?.once('exit', () => r())) : Promise.resolve();
    await Promise.race([browser.close().catch(() => undefined), sleep(CLOSE_GRACE_MS)]);
    if (running()) {
      killChromium(browser);
      await Promise.race([exited, sleep(CLOSE_GRACE_MS)]);
    }
  }
  if (userDataDir) {
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    liveProfiles.delete(userDataDir);
  }
}
