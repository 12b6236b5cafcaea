// Where the package's data folders (rules/, schemas/, templates/, examples/) are, from source or from dist.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const EXAMPLES_DIR = join(PACKAGE_ROOT, 'examples');

export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
