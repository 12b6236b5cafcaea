// Finding a Chromium executable and the locked-down command-line flags it is launched with.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser as BrowserKind } from '@puppeteer/browsers';
import { ArmoedetoetsError } from '../../errors.js';

// @puppeteer/browsers takes about 150 ms to load: required only when a PDF looks for a browser in puppeteer's cache.
const require = createRequire(import.meta.url);

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
const CACHED_KINDS = ['chrome-headless-shell', 'chrome', 'chromium'] as BrowserKind[];

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
  if (!existsSync(cacheDir)) return [];
  let installed;
  try {
    const { Cache } = require('@puppeteer/browsers') as typeof import('@puppeteer/browsers');
    installed = new Cache(cacheDir).getInstalledBrowsers();
  } catch {
    return []; // an unreadable or half-written cache is the same as no cache
  }
  const out: string[] = [];
  for (const kind of CACHED_KINDS) {
    const builds = installed.filter((b) => b.browser === kind).sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
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
    throw new ArmoedetoetsError('BROWSER_NOT_FOUND', `Het opgegeven browserprogramma "${explicit}" bestaat niet of is niet uitvoerbaar. ${INSTALL_HINT}`, {
      data: { path: explicit },
    });
  }
  const candidates = [...cachedBrowsers(options.cacheDir ?? PUPPETEER_CACHE_DIR), ...(options.systemPaths ?? SYSTEM_BROWSER_PATHS)];
  const found = candidates.find(isExecutableFile);
  if (found !== undefined) return found;
  throw new ArmoedetoetsError(
    'BROWSER_NOT_FOUND',
    `Geen browser gevonden om PDF's te maken (gezocht in de puppeteer-cache en in ${(options.systemPaths ?? SYSTEM_BROWSER_PATHS).join(
      ', ',
    )}). ${INSTALL_HINT} De HTML-uitvoer werkt ook zonder browser.`,
    { data: { searched: candidates } },
  );
}

/**
 * A closed local port used as the proxy for every request, loopback included: a second wall
 * behind request interception, which also catches what interception never sees (preconnects).
 */
const DEAD_PROXY = 'http://127.0.0.1:9';

/**
 * Where the services that no flag switches off are sent instead of Google: a local address on port 9,
 * which Chromium refuses to connect to at all (it is on its list of unsafe ports), so not even the
 * proxy sees a connection. Measured with Debian's Chromium 156 and the proxy test in test/pdf-network.test.ts:
 * without these, every start fetched the on-device model manifest from update.googleapis.com (an
 * on-demand component install that --disable-component-update does not stop) and called
 * accounts.google.com/ListAccounts three times (even with sign-in off).
 */
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * Features that phone home on their own: network time (clients2.google.com), optimization hints and
 * models, translation, the media router (cast discovery), autofill and certificate transparency updates,
 * and the speculative connections of network prediction and prerendering.
 */
const DISABLED_FEATURES = [
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'OptimizationHintsFetching',
  'OptimizationGuideModelDownloading',
  'OptimizationTargetPrediction',
  'Translate',
  'MediaRouter',
  'DialMediaRouteProvider',
  'AutofillServerCommunication',
  'CertificateTransparencyComponentUpdater',
  'NetworkPrediction',
  'Prerender2',
  'PreconnectToSearch',
];

export interface LaunchArgsOptions {
  /** Send every request to the dead proxy (default true). */
  deadProxy?: boolean;
  /** Another proxy instead of the dead one: tests point it at a listener that counts connections. */
  proxyServer?: string;
}

/**
 * Chromium flags: no background traffic, no GPU, no /dev/shm, and the sandbox unless we are root.
 * puppeteer adds several of these itself; they are listed here too so that they stay whatever its defaults become.
 */
export function launchArgs(options: LaunchArgsOptions = {}): string[] {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // background traffic and phoning home
    '--disable-background-networking',
    '--disable-component-update',
    `--component-updater=url-source=${NOWHERE}`,
    `--gaia-url=${NOWHERE}`,
    // Chromium 150 (Debian bookworm) still reached www.google.com and android.clients.google.com with
    // the flags above (measured by test/pdf-network.test.ts): its base URL, field trials, cloud messaging,
    // and (feature PreconnectToSearch, below) a preconnect to the default search engine.
    `--google-base-url=${NOWHERE}`,
    `--variations-server-url=${NOWHERE}`,
    '--disable-field-trial-config',
    `--gcm-checkin-url=${NOWHERE}`,
    `--gcm-registration-url=${NOWHERE}`,
    `--device-management-url=${NOWHERE}`,
    '--disable-search-engine-choice-screen',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-component-extensions-with-background-pages',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--metrics-recording-only',
    '--no-pings',
    '--no-service-autorun',
    '--disable-quic',
    '--dns-prefetch-disable',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
  ];
  const proxy = options.proxyServer ?? ((options.deadProxy ?? true) ? DEAD_PROXY : undefined);
  // <-loopback> takes loopback out of the implicit bypass list: requests to 127.0.0.1 go to the proxy too.
  if (proxy !== undefined) args.push(`--proxy-server=${proxy}`, '--proxy-bypass-list=<-loopback>');
  // The sandbox cannot start as root; everywhere else it stays on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
