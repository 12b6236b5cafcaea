// Build step (`npm run build`, after precompile): the armoedetoets command as one CommonJS bundle
// (dist/cli/armoedetoets.cjs) started by a small loader (dist/cli/main.cjs, from scripts/cli-loader.cjs)
// with a V8 code cache made here by one run of the command. Measured on a 2-core machine: a text
// assessment takes about 410 ms from the tsc output, 310 ms from a bundle, 275 ms with the cache.
// What a text assessment never needs stays out: puppeteer is required on demand from node_modules.
// The library entry (dist/src/index.js) is not bundled: its users import the modules tsc built.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

const outdir = join(PACKAGE_ROOT, 'dist', 'cli');
const bundle = join(outdir, 'armoedetoets.cjs');
const loader = join(outdir, 'main.cjs');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'main.js')],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Loaded on demand (PDF only) and large: resolved from node_modules as usual.
  external: ['puppeteer-core', '@puppeteer/browsers'],
  // The modules find the package's folders and build artefacts from import.meta.url (src/paths.ts).
  define: { 'import.meta.url': '__armoedetoetsModuleUrl' },
  banner: { js: "const __armoedetoetsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// The entry's "#!" line is the loader's business; inside a function wrapper it is a syntax error.
const code = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
// import() fails in a vm.Script without an experimental option: modules loaded on demand are require()d.
const dynamicImport = /\bimport\(\s*["'`]/.exec(code);
if (dynamicImport) throw new Error(`bundle-cli: the bundle still has an import() at offset ${dynamicImport.index}: require() it instead`);
writeFileSync(bundle, code);
copyFileSync(join(PACKAGE_ROOT, 'scripts', 'cli-loader.cjs'), loader);

// The server's commands (serve, db migrate, user add) as a second bundle beside it, required by the first
// only for those commands: an assessment neither loads nor parses the server. Its packages (express, pino,
// kysely, better-sqlite3 with its native module, pg) are required from node_modules as installed.
const serverBundle = join(outdir, 'server.cjs');
// The server's assessment worker threads (src/server/workers/) start a third bundle beside it.
const workerBundle = join(outdir, 'assess-worker.cjs');
for (const [entry, outfile] of [
  [join(PACKAGE_ROOT, 'dist', 'src', 'server', 'commands.js'), serverBundle],
  [join(PACKAGE_ROOT, 'dist', 'src', 'server', 'workers', 'assess-worker.js'), workerBundle],
] as const) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { 'import.meta.url': '__armoedetoetsModuleUrl' },
    banner: { js: "const __armoedetoetsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
}
chmodSync(loader, 0o755);

// One text assessment, as a user's first call would run, leaves the code cache behind.
const example = join(PACKAGE_ROOT, 'examples', 'proposals', 'zwembad-sociaal-tarief.yaml');
execFileSync(process.execPath, [loader, 'assess', example], { env: { ...process.env, ARMOEDETOETS_WRITE_CODE_CACHE: '1', NO_COLOR: '1' }, stdio: 'ignore' });
const kB = (f: string): number => Math.round(statSync(f).size / 1024);
console.log(
  `bundle: the armoedetoets command in ${outdir} (bundle ${kB(bundle)} kB, code cache ${kB(`${bundle}.cache`)} kB, server ${kB(serverBundle)} kB, assessment worker ${kB(workerBundle)} kB)`,
);
