// The command line: commands, exit codes, output contract, overlays and output files.
import { expect } from 'chai';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatorFor } from '../src/validation/ajv.js';
import type { Assessment } from '../src/types.js';
import { cli } from './cli-io.js';

const MINIMAL = 'test/fixtures/minimal.yaml';

describe('cli', () => {
  it('prints usage with exit 0 for help, and exit 2 for an unknown command', async () => {
    const help = await cli('--help');
    expect(help.code).to.equal(0);
    expect(help.stdout).to.include('armoedetoets assess BESTAND');
    const bad = await cli('toets', MINIMAL);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.include('Onbekend commando "toets"');
  });

  it('assess --format json follows schemas/assessment.schema.json', async () => {
    const r = await cli('assess', MINIMAL, '--format', 'json');
    expect(r.code, r.stderr).to.equal(0);
    const a = JSON.parse(r.stdout) as Assessment;
    const validate = validatorFor('assessment.schema.json');
    expect(validate(a), JSON.stringify(validate.errors)).to.equal(true);
    expect(a.referenceDate).to.equal('2025-06-01');
  });

  it('assess --format text puts the verdict first and ends with the disclaimer', async () => {
    const r = await cli('assess', MINIMAL);
    expect(r.code).to.equal(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).to.match(/^Oordeel: /);
    expect(lines.at(-1)).to.include('participatief proces');
    const fr = await cli('assess', MINIMAL, '--lang', 'fr');
    expect(fr.stdout.split('\n')[1]).to.match(/^Avis : /);
  });

  it('answers in the language of the proposal unless --lang says otherwise', async () => {
    const fr = await cli('assess', 'examples/proposals/nachtopvang-brussel.yaml');
    expect(fr.stdout.split('\n')[1]).to.match(/^Avis : /);
    const nl = await cli('assess', 'examples/proposals/nachtopvang-brussel.yaml', '--lang', 'nl');
    expect(nl.stdout.split('\n')[1]).to.match(/^Oordeel: /);
  });

  it('uses --date over meta.referenceDate and today', async () => {
    const r = await cli('assess', MINIMAL, '--format', 'json', '--date', '2024-05-01');
    expect((JSON.parse(r.stdout) as Assessment).referenceDate).to.equal('2024-05-01');
  });

  it('writes to -o instead of standard output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cli-')), 'advies.json');
    const r = await cli('assess', MINIMAL, '--format', 'json', '-o', out);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Assessment).kind).to.equal('proposal');
  });

  it('audit refuses a proposal and points to assess', async () => {
    const r = await cli('audit', MINIMAL);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('gebruik assess');
  });

  it('validate says the file is valid', async () => {
    const r = await cli('validate', MINIMAL);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include('Geldig');
  });

  it('rules lint and rules list describe the pack, with an overlay too', async () => {
    const lint = await cli('rules', 'lint');
    expect(lint.code, lint.stderr).to.equal(0);
    expect(lint.stdout).to.match(/^ok: armoedetoets-vlaanderen/);
    const list = await cli('rules', 'list', '--rules', 'test/fixtures/overlay');
    expect(list.stdout).to.include('L-TS1');
    expect(list.stdout).to.include('PA8: De gemeente heeft geen ervaringsdeskundige');
    const broken = await cli('rules', 'lint', '--rules', '/nonexistent/overlay');
    expect(broken.code).to.equal(2);
    expect(broken.stderr).to.include('Regelmap niet gevonden');
  });

  it('explain shows a check with its dated parameters and sources, and refuses an unknown id', async () => {
    const r = await cli('explain', 'pa1');
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include('PA1 — Tijdig betrokken');
    expect(r.stdout).to.include('Netwerk tegen Armoede');
    const en = await cli('explain', 'PA1', '--lang', 'en');
    expect(en.stdout).to.include('Involved in time');
    const none = await cli('explain', 'ZZ9');
    expect(none.code).to.equal(2);
    expect(none.stderr).to.include('Onbekende check: ZZ9');
  });

  it('prints expected errors as JSON with --format json', async () => {
    const r = await cli('validate', 'test/fixtures/bad/ladder-level-9.yaml', '--format', 'json');
    expect(r.code).to.equal(2);
    const body = JSON.parse(r.stderr) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).to.equal('INPUT_INVALID');
    expect(body.error.issues[0]?.path).to.equal('participation.claimedLevel');
  });
});
