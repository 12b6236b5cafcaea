// One Chromium process for the pool: launched with a throw-away profile, shut down (or killed) with it.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { ArmoedetoetsError } from '../../errors.js';
import { launchArgs, type LaunchArgsOptions } from './browser.js';
import { isStopping, killProcessGroup, trackLaunch, trackProfile, untrackProfile } from './cleanup.js';

const require = createRequire(import.meta.url);

/** How long page.close() / browser.close() may take before the process is killed. */
export const CLOSE_GRACE_MS = 5_000;
/** Longest wait for a browser to start, unless the PDF time limit is longer (a loaded machine). */
const LAUNCH_TIMEOUT_MS = 30_000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/** A new profile directory, created before the launch so that it can be removed whatever happens. */
export async function newProfile(): Promise<string> {
  refuseWhileStopping();
  const dir = await mkdtemp(join(tmpdir(), 'armoedetoets-chromium-'));
  trackProfile(dir);
  if (isStopping()) {
    // a signal came while the folder was being made
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    untrackProfile(dir);
    refuseWhileStopping();
  }
  return dir;
}

/** Starts headless Chromium over a pipe (no DevTools port) with the locked-down flags; a failure names the browser. */
export interface LaunchOptions {
  /** Longest wait for one DevTools call. */
  protocolTimeoutMs: number;
  /** Longest wait for the browser to start; at least LAUNCH_TIMEOUT_MS. */
  launchTimeoutMs?: number;
  /** Flags: the dead proxy, or (tests) another proxy. */
  args?: LaunchArgsOptions;
}

export async function launchChromium(executablePath: string, userDataDir: string, options: LaunchOptions): Promise<Browser> {
  refuseWhileStopping();
  try {
    // puppeteer-core takes about 200 ms to load: only when a browser is started, never for a text run.
    // Required (its CommonJS build), not import()ed: the bundled CLI runs in a vm.Script (see
    // scripts/cli-loader.cjs), where import() needs an experimental Node option.
    const puppeteer = (require('puppeteer-core') as typeof import('puppeteer-core')).default;
    const launch = puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true, // no DevTools port on loopback
      userDataDir,
      args: launchArgs(options.args),
      handleSIGINT: false, // the application decides when to close (the CLI: src/cli/main.ts)
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: Math.max(LAUNCH_TIMEOUT_MS, options.launchTimeoutMs ?? 0),
      protocolTimeout: options.protocolTimeoutMs,
    });
    trackLaunch(launch.then((b) => b.process()));
    return await launch;
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
  killProcessGroup(browser?.process()?.pid);
}

/** After SIGINT/SIGTERM the process is ending: a new browser would outlive it. */
function refuseWhileStopping(): void {
  if (isStopping()) throw new ArmoedetoetsError('RENDER_FAILED', 'Het programma wordt afgesloten; er wordt geen browser meer gestart.');
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
    untrackProfile(userDataDir);
  }
}
