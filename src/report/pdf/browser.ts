// Finding a Chromium executable and the locked-down command-line flags it is launched with.
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Browser as BrowserKind, Cache } from '@puppeteer/browsers';
import { ArmoedetoetsError } from '../../errors.js';

/** Where puppeteer keeps the browsers it downloaded (`npx puppeteer browsers install`). */
export const PUPPETEER_CACHE_DIR = join(homedir(), '.cache', 'puppeteer');

/** The usual places of a system-wide Chromium or Chrome on Linux, in order of preference. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Chromium-family browsers from puppeteer's cache that can print PDFs, best first. */
const CACHED_KINDS: readonly BrowserKind[] = [
  BrowserKind.CHROMEHEADLESSSHELL,
  BrowserKind.CHROME,
  BrowserKind.CHROMIUM,
];

export interface FindBrowserOptions {
  /** Puppeteer's browser cache; defaults to ~/.cache/puppeteer. */
  cacheDir?: string;
  /** System paths to try last; defaults to SYSTEM_BROWSER_PATHS. */
  systemPaths?: readonly string[];
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Executables of puppeteer's own downloaded browsers, newest build first per kind. */
function cachedBrowsers(cacheDir: string): string[] {
  let installed;
  try {
    installed = new Cache(cacheDir).getInstalledBrowsers();
  } catch {
    return []; // an unreadable or half-written cache is the same as no cache
  }
  const out: string[] = [];
  for (const kind of CACHED_KINDS) {
    const builds = installed
      .filter((b) => b.browser === kind)
      .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    for (const b of builds) {
      try {
        out.push(b.executablePath);
      } catch {
        // a build for another platform: no executable path here
      }
    }
  }
  return out;
}

const INSTALL_HINT =
  'Installeer Chromium (Debian/Ubuntu: "apt-get install chromium") of zet ARMOEDETOETS_BROWSER op het pad van een Chromium- of Chrome-programma.';

/**
 * The browser to print PDFs with. Order: the explicit path (from the caller, e.g. the CLI's
 * ARMOEDETOETS_BROWSER / PUPPETEER_EXECUTABLE_PATH), puppeteer's cached browser, the system paths.
 * An explicit path that is not an executable file is an error, never a silent fall-back.
 */
export function findBrowser(explicit?: string, options: FindBrowserOptions = {}): string {
  if (explicit !== undefined && explicit.trim() !== '') {
    if (isExecutableFile(explicit)) return explicit;
    throw new ArmoedetoetsError(
      'BROWSER_NOT_FOUND',
      `Het opgegeven browserprogramma "${explicit}" bestaat niet of is niet uitvoerbaar. ${INSTALL_HINT}`,
      { data: { path: explicit } },
    );
  }
  const candidates = [
    ...cachedBrowsers(options.cacheDir ?? PUPPETEER_CACHE_DIR),
    ...(options.systemPaths ?? SYSTEM_BROWSER_PATHS),
  ];
  const found = candidates.find(isExecutableFile);
  if (found !== undefined) return found;
  throw new ArmoedetoetsError(
    'BROWSER_NOT_FOUND',
    `Geen browser gevonden om PDF's te maken (gezocht in de puppeteer-cache en in ${
      (options.systemPaths ?? SYSTEM_BROWSER_PATHS).join(', ')
    }). ${INSTALL_HINT} De HTML-uitvoer werkt ook zonder browser.`,
    { data: { searched: candidates } },
  );
}

/**
 * A closed local port used as the proxy for every request, loopback included: a second wall
 * behind request interception, which also catches what interception never sees (preconnects).
 */
const DEAD_PROXY = 'http://127.0.0.1:9';

/** Chromium flags: no background traffic, no GPU, no /dev/shm, and the sandbox unless we are root. */
export function launchArgs(options: { deadProxy?: boolean } = {}): string[] {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-domain-reliability',
    '--no-pings',
    '--dns-prefetch-disable',
    '--disable-features=NetworkPrediction,Prerender2',
  ];
  if (options.deadProxy ?? true) {
    args.push(`--proxy-server=${DEAD_PROXY}`, '--proxy-bypass-list=<-loopback>');
  }
  // The sandbox cannot start as root; everywhere else it stays on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
