// Golden HTML reports for two examples; regenerate with UPDATE_GOLDEN=1.
import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { renderReportHtml } from '../src/report/index.js';
import type { Lang } from '../src/types.js';

const GOLDEN_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'golden');
const CASES: { file: string; lang: Lang; golden: string }[] = [
  { file: 'examples/proposals/afvalzak-prijsstijging.yaml', lang: 'nl', golden: 'afvalzak-prijsstijging.nl.html' },
  { file: 'examples/audits/ocmw-onthaal-drempelscan.yaml', lang: 'fr', golden: 'ocmw-onthaal-drempelscan.fr.html' },
];

/** Volatile fields blanked: the rule pack's content hash changes with every rule edit. */
function normalise(html: string): string {
  return html.replace(/<code>[0-9a-f]{16}<\/code>/g, '<code>HASH</code>');
}

describe('HTML report golden files', () => {
  for (const c of CASES) {
    it(`${c.golden} matches`, async () => {
      const a = await assess(readExample(c.file), { lang: c.lang, today: '2025-06-01' });
      const html = normalise(renderReportHtml(a, { ruleset: defaultRuleset(), lang: c.lang, generatedAt: '2025-06-01', strict: true }));
      const path = join(GOLDEN_DIR, c.golden);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
        if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${c.golden} missing: run with UPDATE_GOLDEN=1`);
        writeFileSync(path, html);
        return;
      }
      const expected = readFileSync(path, 'utf8');
      if (html !== expected) {
        const lines = html.split('\n');
        const exp = expected.split('\n');
        const i = lines.findIndex((l, n) => l !== exp[n]);
        expect(lines[i], `first difference at line ${i + 1} (UPDATE_GOLDEN=1 regenerates)`).to.equal(exp[i]);
      }
      expect(html).to.equal(expected);
    });
  }
});
