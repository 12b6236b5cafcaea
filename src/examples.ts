// The shipped example inputs (proposals and service audits), for tests, the benchmark and docs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXAMPLES_DIR, PACKAGE_ROOT } from './paths.js';
import { detectFormat, parseInputText } from './validation/parse.js';

const INPUT = /\.(ya?ml|json)$/;

/** A file name that holds an input: YAML or JSON, but not an example's `<name>.expected.json`. */
export function isInputFile(name: string): boolean {
  return INPUT.test(name) && !name.endsWith('.expected.json');
}

/** Paths (relative to the package root) of every example input. */
export function exampleFiles(): string[] {
  return ['proposals', 'audits'].flatMap((sub) =>
    readdirSync(join(EXAMPLES_DIR, sub))
      .filter(isInputFile)
      .sort()
      .map((f) => relative(PACKAGE_ROOT, join(EXAMPLES_DIR, sub, f))),
  );
}

/** The expected-outcome file beside an example input. */
export function expectedFileFor(file: string): string {
  return file.replace(INPUT, '.expected.json');
}

export function readExample(file: string): Record<string, unknown> {
  const text = readFileSync(join(PACKAGE_ROOT, file), 'utf8');
  return parseInputText(text, detectFormat(file, text));
}
