// Which modules may import which, read from the source files' import statements: the engine runs
// checks and must not depend on the linter (both read condition trees through src/ruleset/conditions.ts).
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LINT = 'src/ruleset/lint.ts';
/** Direct imports of the linter from the engine that are allowed: none. */
const ALLOWED_ENGINE_TO_LINT = new Set<string>();

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Specifiers of static imports, re-exports and dynamic imports (type-only imports included). */
function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1] as string);
  return out;
}

/** The repository-relative .ts file a relative specifier names, or null for packages and node: modules. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = join(dirname(from), spec).replace(/\.js$/, '.ts');
  return existsSync(join(ROOT, target)) ? relative(ROOT, join(ROOT, target)) : null;
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return importSpecifiers(source).flatMap((s) => resolveImport(file, s) ?? []);
}

/** Every file reachable from `file` by following relative imports, skipping the edges `skip` refuses. */
function reachable(file: string, skip: (from: string, to: string) => boolean): Set<string> {
  const seen = new Set<string>([file]);
  const todo = [file];
  while (todo.length > 0) {
    const f = todo.pop() as string;
    for (const g of importsOf(f)) {
      if (skip(f, g) || seen.has(g)) continue;
      seen.add(g);
      todo.push(g);
    }
  }
  return seen;
}

describe('module boundaries', () => {
  const engine = tsFiles('src/engine');

  it('the import reader sees every form of import', () => {
    const src = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "import './d.js';",
      "const e = await import('./e.js');",
      "import {\n  f,\n  g,\n} from './fg.js';",
    ].join('\n');
    expect(importSpecifiers(src).sort()).to.deep.equal(['../b.js', './a.js', './c.js', './d.js', './e.js', './fg.js']);
    expect(importsOf('src/engine/compile.ts')).to.include('src/ruleset/conditions.ts');
  });

  it('no engine module imports the linter, directly or through other modules', () => {
    expect(engine.length).to.be.at.least(10);
    const offenders: string[] = [];
    for (const file of engine) {
      const skip = (from: string, to: string) => to === LINT && ALLOWED_ENGINE_TO_LINT.has(from);
      if (reachable(file, skip).has(LINT)) offenders.push(file);
    }
    expect(offenders, 'engine modules that reach src/ruleset/lint.ts').to.deep.equal([]);
  });

  it('the condition helpers import neither the engine nor the linter', () => {
    const reached = [...reachable('src/ruleset/conditions.ts', () => false)];
    expect(reached.filter((f) => f === LINT || f.startsWith('src/engine/'))).to.deep.equal([]);
  });
});
