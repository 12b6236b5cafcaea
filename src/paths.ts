// Where the package's data folders (rules/, schemas/, templates/, examples/) are, from source or from dist.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const { name } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string };
      if (name === 'armoedetoets') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('armoedetoets: package root not found from ' + start);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** The build's output folder; build artefacts (precompiled validators, the pack snapshot) live at fixed places in it. */
export const DIST_DIR = join(PACKAGE_ROOT, 'dist');

/**
 * Where a build artefact is, given its place under dist/src/ (e.g. `validation/precompiled`); undefined
 * when this code runs from source (tsx, tests), which never uses artefacts. Fixed paths rather than
 * "beside this module", so the same lookups work from the bundled CLI (dist/cli/).
 */
export function builtArtifact(underSrc: string): string | undefined {
  return fileURLToPath(import.meta.url).startsWith(DIST_DIR + sep) ? join(DIST_DIR, 'src', ...underSrc.split('/')) : undefined;
}
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const EXAMPLES_DIR = join(PACKAGE_ROOT, 'examples');

export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
