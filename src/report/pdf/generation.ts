// One generation of the pool: a Chromium launch with its own profile folder, and what the pool learns
// about it (ready, failed, disconnected). The pool decides what to do; this file only starts it.
import type { Browser } from 'puppeteer-core';
import { launchChromium, newProfile } from './chromium.js';
import type { Generation } from './pool-settings.js';

export interface GenerationSettings {
  timeoutMs: number;
  proxyServer: string | undefined;
}

export interface GenerationEvents {
  /** The launch failed (the generation is dead; `ready` rejects with the reason). */
  failed(gen: Generation): void;
  /** The browser went away after it started (crash, kill, or closed). */
  disconnected(gen: Generation): void;
  /** True once the pool is closed: a browser that finishes starting then is retired at once. */
  poolClosed(): boolean;
}

/** Starts a browser in a fresh profile folder; `gen.ready` settles when it is up (or could not start). */
export function launchGeneration(executablePath: string, settings: GenerationSettings, events: GenerationEvents): Generation {
  const gen: Generation = {
    ready: Promise.resolve() as unknown as Promise<Browser>,
    started: 0,
    inFlight: 0,
    retired: false,
    dead: false,
    spareReady: false,
  };
  gen.ready = (async () => {
    gen.userDataDir = await newProfile();
    let browser: Browser;
    try {
      browser = await launchChromium(executablePath, gen.userDataDir, {
        protocolTimeoutMs: Math.max(settings.timeoutMs * 2, 10_000),
        launchTimeoutMs: settings.timeoutMs,
        args: settings.proxyServer === undefined ? {} : { proxyServer: settings.proxyServer },
      });
    } catch (e) {
      gen.dead = true;
      events.failed(gen);
      throw e;
    }
    gen.browser = browser;
    browser.once('disconnected', () => {
      gen.dead = true;
      events.disconnected(gen);
    });
    if (events.poolClosed()) gen.retired = true;
    return browser;
  })();
  gen.ready.catch(() => undefined); // observed by the pool's #generation(); avoid an unhandled rejection
  return gen;
}
