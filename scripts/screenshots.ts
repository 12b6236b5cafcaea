// Renders the first pages of every example in every language to PNG (out/screens/), to look at them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assess } from '../src/assess.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { renderReportHtml } from '../src/report/html.js';
import { BrowserPool } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { LANGS } from '../src/types.js';

const OUT = process.env['SCREENS_DIR'] ?? 'out/screens';
const PAGES = Number(process.env['SCREENS_PAGES'] ?? 2);
mkdirSync(OUT, { recursive: true });
try {
  execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
} catch {
  console.error('pdftoppm ontbreekt: installeer poppler-utils ("apt-get install poppler-utils").');
  process.exit(2);
}

const ruleset = defaultRuleset();
const pool = new BrowserPool({ executablePath: process.env['ARMOEDETOETS_BROWSER'] || undefined });
try {
  for (const file of exampleFiles()) {
    for (const lang of LANGS) {
      const a = await assess(readExample(file), { ruleset, lang, today: '2025-06-01' });
      const name = `${basename(file).replace(/\.(ya?ml|json)$/, '')}.${lang}`;
      const html = renderReportHtml(a, { ruleset, lang });
      writeFileSync(join(OUT, `${name}.html`), html);
      const pdf = join(OUT, `${name}.pdf`);
      writeFileSync(pdf, await pool.pdf(html, { title: a.subject.title, lang }));
      // pdftoppm (poppler-utils) writes <name>-1.png, <name>-2.png …
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(PAGES), pdf, join(OUT, name)]);
      console.log(`${join(OUT, name)}-*.png`);
    }
  }
} finally {
  await pool.close();
}
