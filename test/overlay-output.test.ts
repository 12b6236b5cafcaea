// Checks an overlay switched off are listed, with their reason and a knock-out mark, in every output format.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleset } from '../src/ruleset/load.js';
import { renderText } from '../src/output/text.js';
import { renderReportHtml } from '../src/report/html.js';
import { cli } from './cli-io.js';
import { proposal, run } from './helpers.js';

const KO_REASON = 'De regio toetst de digitale toegang zelf; beslissing van de raad van 21 november.';
const PA_REASON = 'Geen ervaringsdeskundige in dienst; de raad bespreekt dit apart.';

function overlayDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-out-'));
  const disable = [
    { id: 'DG1', reason: KO_REASON, allowDisableKnockout: true },
    { id: 'PA8', reason: PA_REASON },
  ];
  writeFileSync(join(dir, 'overlay.json'), JSON.stringify({ name: 'uit-test', version: '1.0.0', disable }));
  return dir;
}

describe('disabled checks in every output', () => {
  const dir = overlayDir();

  it('text lists them near the rule-pack line, marking the knock-out', async () => {
    const a = await run(proposal(), { ruleset: loadRuleset({ overlayDir: dir }) });
    const text = renderText(a);
    expect(text).to.include('Checks die de lokale overlay uitschakelde:');
    expect(text).to.include(`  - DG1 [knock-out]: ${KO_REASON}`);
    expect(text).to.include(`  - PA8: ${PA_REASON}`);
    const lines = text.split('\n');
    expect(lines.findIndex((l) => l.startsWith('Checks die'))).to.equal(lines.findIndex((l) => l.startsWith('Regelpakket')) + 1);
    const fr = renderText(await run(proposal(), { ruleset: loadRuleset({ overlayDir: dir }), lang: 'fr' }));
    expect(fr).to.include('Critères désactivés par la surcouche locale :').and.include('DG1 [éliminatoire] : ');
  });

  it('text says nothing of them without an overlay', async () => {
    expect(renderText(await run(proposal()))).not.to.include('uitschakelde');
  });

  it('JSON, text and HTML from the CLI all carry them', async () => {
    const input = 'test/fixtures/minimal.yaml';
    const json = await cli('assess', input, '--rules', dir, '--format', 'json');
    expect(json.code).to.equal(0);
    const disabled = (JSON.parse(json.stdout) as { ruleset: { disabled: unknown[] } }).ruleset.disabled;
    expect(disabled).to.deep.equal([
      { id: 'DG1', reason: KO_REASON, knockout: true },
      { id: 'PA8', reason: PA_REASON, knockout: false },
    ]);
    expect((await cli('assess', input, '--rules', dir)).stdout).to.include('DG1 [knock-out]');
    const html = (await cli('assess', input, '--rules', dir, '--format', 'html')).stdout;
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover).to.include('<strong>DG1</strong> <span class="badge badge-ko">knock-out</span>: ');
    expect(cover).to.include('<strong>PA8</strong>: ');
  });

  it('the report cover marks the knock-out in the strict template too', async () => {
    const rs = loadRuleset({ overlayDir: dir });
    const html = renderReportHtml(await run(proposal(), { ruleset: rs }), { ruleset: rs, lang: 'en', generatedAt: '2025-06-01', strict: true });
    expect(html).to.include('<strong>DG1</strong> <span class="badge badge-ko">knock-out</span>');
  });
});
