// Text safety: terminal controls and bidirectional overrides in user text are neutralised in every output format.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assess } from '../src/assess.js';
import { isArmoedetoetsError, type ArmoedetoetsError } from '../src/errors.js';
import { renderExplain, renderRuleList } from '../src/output/explain.js';
import { renderText } from '../src/output/text.js';
import { renderMultilingualHtml, renderReportHtml } from '../src/report/html.js';
import { BrowserPool, headerTemplate } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { safeDeep, safeJson, safeText } from '../src/text-safety.js';
import type { Assessment, Ruleset } from '../src/types.js';
import { parseInputText } from '../src/validation/parse.js';
import { validateInput } from '../src/validation/validate.js';
import { EXPLICIT_BROWSER, requireBrowser } from './browser.js';
import { cli } from './cli-io.js';
import { TEST_DATE } from './helpers.js';
import { pdfText } from './pdf-text.js';

// What no output may hold raw (written out here, not taken from the module under test).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Clears the screen, moves home, returns the cursor to overwrite, then a reversed "GUNSTIG". */
const TITLE = 'Zwembad\x1b[2J\x1b[H\rOordeel: GUNSTIG \u202eGITSNUG\u202c';
/** A one-byte CSI (C1), a bell, an isolate, a mark, DEL and a Windows line break. */
const SUMMARY = 'Samenvatting\x9b31m rood\x07 \u2066ingesloten\u2069 \u200fmerk\x7f\r\ntweede regel';
const MUNICIPALITY = 'Stad\u202d\x1b]0;titel\x07';

function evilProposal(): Record<string, unknown> {
  return { kind: 'proposal', meta: { title: TITLE, municipality: MUNICIPALITY, summary: SUMMARY } };
}

async function evilAssessment(): Promise<Assessment> {
  return assess(evilProposal(), { today: TEST_DATE });
}

function expectNoUnsafe(text: string): void {
  const m = UNSAFE.exec(text);
  expect(
    m,
    m
      ? `raw U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 20))}`
      : '',
  ).to.equal(null);
}

describe('text safety', () => {
  describe('safeText', () => {
    it('replaces controls and bidirectional formatting with visible escapes, keeps tab and newline', () => {
      expect(safeText('a\x1b[2Jb')).to.equal('a\\x1B[2Jb');
      expect(safeText('x\ry')).to.equal('x\\x0Dy');
      expect(safeText('\u202eabc\u202c')).to.equal('\\u202Eabc\\u202C');
      expect(safeText('\u2066\u2069\u200e\u200f\u061c')).to.equal('\\u2066\\u2069\\u200E\\u200F\\u061C');
      expect(safeText('\x00\x7f\x85\x9b')).to.equal('\\x00\\x7F\\x85\\x9B');
      expect(safeText('één\tregel\ntwee € — «»')).to.equal('één\tregel\ntwee € — «»');
      expect(safeText('a\r\nb')).to.equal('a\nb');
    });

    it('keeps a field path on one line', () => {
      expect(safeText('a\nb\r\nc\td', { singleLine: true })).to.equal('a\\x0Ab\\x0D\\x0Ac\td');
    });

    it('safeDeep makes every string and key safe and leaves clean data as it is', () => {
      const clean = { a: ['x', 1, null, { b: true }] };
      expect(safeDeep(clean)).to.equal(clean);
      const dirty = safeDeep({ 'k\x1b': ['\u202e'], n: 2, o: { p: 'q\r' } });
      expect(dirty).to.deep.equal({ 'k\\x1B': ['\\u202E'], n: 2, o: { p: 'q\\x0D' } });
    });

    it('safeJson parses back to the exact text and holds no raw override', () => {
      const data = { title: TITLE, summary: SUMMARY, municipality: MUNICIPALITY };
      const json = safeJson(data);
      expectNoUnsafe(json);
      expect(json).to.include('\\u202e');
      expect(JSON.parse(json)).to.deep.equal(data);
    });
  });

  describe('text output', () => {
    for (const color of [false, true]) {
      it(`the title cannot clear the screen or print a fake verdict (color: ${color})`, async () => {
        const a = await evilAssessment();
        const out = renderText(a, { color });
        // With colours, our own SGR sequences are the only escape sequences left.
        // eslint-disable-next-line no-control-regex
        const plain = color ? out.replace(/\x1b\[\d+m/g, '') : out;
        expectNoUnsafe(plain);
        const lines = plain.split('\n');
        expect(lines[0]).to.include('Zwembad\\x1B[2J\\x1B[H\\x0DOordeel: GUNSTIG \\u202EGITSNUG\\u202C');
        expect(lines[0]).to.include('Stad\\u202D\\x1B]0;titel\\x07');
        expect(lines.filter((l) => l.startsWith('Oordeel:'))).to.have.length(1);
        expect(lines.find((l) => l.startsWith('Oordeel:'))).to.not.include('GUNSTIG ');
        // The assessment itself is not changed: it keeps the user's exact text.
        expect(a.subject.title).to.equal(TITLE);
      });
    }

    it('a saved assessment with controls in a check text (e.g. from an overlay) is neutralised too', async () => {
      const a = await evilAssessment();
      const checks = a.checks.map((c) => ({ ...c, title: `${c.title}\x1b[31m\u202e` }));
      const dimensions = a.dimensions.map((d) => ({ ...d, title: `${d.title}\u2067` }));
      expectNoUnsafe(renderText({ ...a, checks, dimensions }));
    });

    it('explain and rules list neutralise the texts of an overlay', () => {
      const rs = defaultRuleset();
      const evil: Ruleset = {
        ...rs,
        checks: rs.checks.map((c) => ({ ...c, title: { nl: `${c.id}\x1b[2J\u202etitel`, fr: 'x', en: 'x' }, why: { nl: 'waarom\r\u2066', fr: 'x', en: 'x' } })),
        info: { ...rs.info, disabled: [{ id: 'R1', reason: 'reden\x1b[2J\u202e' }] },
      };
      const explain = renderExplain(evil, 'R1', 'nl', TEST_DATE) ?? '';
      expectNoUnsafe(explain);
      expect(explain).to.include('R1\\x1B[2J\\u202Etitel');
      const list = renderRuleList(evil, 'nl', TEST_DATE);
      expectNoUnsafe(list);
      expect(list).to.include('reden\\x1B[2J\\u202E');
    });
  });

  describe('JSON output', () => {
    it('the CLI writes the exact text with every control and override as a \\u escape', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-safety-'));
      const file = join(dir, 'evil.json');
      writeFileSync(file, JSON.stringify(evilProposal()));
      const r = await cli('assess', file, '--format', 'json');
      expect(r.code, r.stderr).to.equal(0);
      expectNoUnsafe(r.stdout);
      expect(r.stdout).to.include('\\u202e');
      const saved = JSON.parse(r.stdout) as Assessment;
      expect(saved.subject).to.deep.equal({ title: TITLE, municipality: MUNICIPALITY, summary: SUMMARY });
    });

    it('an error in JSON quotes the input without raw overrides', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-safety-'));
      const file = join(dir, 'evil.json');
      writeFileSync(file, JSON.stringify({ ...evilProposal(), meta: { title: 'x', municipality: 'y', language: 'n\u202el\x85' } }));
      const r = await cli('assess', file, '--format', 'json');
      expect(r.code).to.equal(2);
      expectNoUnsafe(r.stderr);
      expect(r.stderr).to.include('meta.language');
    });

    it('an error in JSON keeps its data (here the output path) without raw overrides', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-safety-'));
      const file = join(dir, 'ok.json');
      writeFileSync(file, JSON.stringify({ kind: 'proposal', meta: { title: 't', municipality: 'm' } }));
      const out = join(dir, 'geen-map\u202e\x1b[2J', 'uit.json');
      const r = await cli('assess', file, '--format', 'json', '-o', out);
      expect(r.code).to.equal(2);
      expectNoUnsafe(r.stderr);
      const { error } = JSON.parse(r.stderr) as { error: { data: { path?: string } } };
      expect(error.data.path).to.equal(out);
    });
  });

  describe('HTML report', () => {
    it('the rendered HTML holds no control or bidirectional formatting character', async () => {
      const a = await evilAssessment();
      const rs = defaultRuleset();
      const html = renderReportHtml(a, { ruleset: rs, lang: 'nl', generatedAt: TEST_DATE });
      expectNoUnsafe(html);
      expect(html).to.include('Zwembad\\x1B[2J\\x1B[H\\x0DOordeel: GUNSTIG \\u202EGITSNUG\\u202C');
      expect(html).to.include('Samenvatting\\x9B31m rood\\x07 \\u2066ingesloten\\u2069 \\u200Fmerk\\x7F');
      expectNoUnsafe(renderMultilingualHtml(a, ['fr', 'nl'], { ruleset: rs, generatedAt: TEST_DATE }));
    });

    it('the PDF running header shows the title with visible escapes', () => {
      const h = headerTemplate(TITLE);
      expectNoUnsafe(h);
      expect(h).to.include('\\u202EGITSNUG');
    });
  });

  describe('PDF report', function () {
    this.timeout(120_000);
    let pool: BrowserPool;

    before(function () {
      requireBrowser(this);
      pool = new BrowserPool({ executablePath: EXPLICIT_BROWSER });
    });

    after(async () => {
      await pool?.close();
    });

    it('the PDF text and its title hold no control or bidirectional formatting character', async () => {
      const a = await evilAssessment();
      const pdf = await pool.pdf(renderReportHtml(a, { ruleset: defaultRuleset(), lang: 'nl', generatedAt: TEST_DATE }), {
        title: a.subject.title,
        lang: 'nl',
      });
      const { text, pageTexts } = await pdfText(pdf);
      expectNoUnsafe(text.replace(/\f/g, ''));
      expect(text).to.include('\\u202EGITSNUG');
      // The running header of the second page carries the title too.
      expect(pageTexts[1]).to.include('\\x1B[2J');
      const task = getDocument({ data: new Uint8Array(pdf), useWorkerFetch: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
      const doc = await task.promise;
      try {
        const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
        expect(info.Title).to.be.a('string');
        expectNoUnsafe(info.Title ?? '');
        expect(info.Title).to.include('\\u202E');
      } finally {
        await task.destroy();
      }
    });
  });

  describe('error messages', () => {
    function caught(fn: () => unknown): ArmoedetoetsError {
      try {
        fn();
      } catch (e) {
        if (isArmoedetoetsError(e)) return e;
        throw e;
      }
      throw new Error('no error');
    }

    function expectSafeError(e: ArmoedetoetsError): void {
      expectNoUnsafe(e.message);
      for (const i of e.issues) {
        expect(UNSAFE_OR_NEWLINE.test(i.path), i.path).to.equal(false);
        expectNoUnsafe(i.message);
      }
    }

    it('a key quoted in a schema error is neutralised and stays on its line', () => {
      const e = caught(() => validateInput({ kind: 'proposal', meta: { title: 't', municipality: 'm', 'x\x1b[2J\u202e\nOordeel: GUNSTIG': 1 } }));
      expectSafeError(e);
      expect(e.issues.map((i) => i.path)).to.include('meta.x\\x1B[2J\\u202E\\x0AOordeel: GUNSTIG');
    });

    it('a value quoted in a schema error is neutralised', () => {
      const e = caught(() => validateInput({ kind: 'proposal', meta: { title: 't', municipality: 'm', language: 'n\u202el\x85\u2066' } }));
      expectSafeError(e);
      expect(e.issues.map((i) => i.message).join(' ')).to.include('\\u202E');
    });

    it('a forbidden key and a parser excerpt are neutralised', () => {
      const json = caught(() => parseInputText('{"a": \x1b[2J\u202e}', 'json'));
      expectSafeError(json);
      expect(json.message).to.include('«\\x1B»');
      const yaml = caught(() => parseInputText('kind: proposal\nmeta:\n  "__proto__\u202e": 1\n  "\u202e": {"__proto__": 1}\n', 'yaml'));
      expectSafeError(yaml);
    });

    it('the CLI prints the error without raw controls', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-safety-'));
      const file = join(dir, 'evil.json');
      writeFileSync(file, JSON.stringify({ kind: 'proposal', meta: { title: 't', municipality: 'm', 'k\x1b[2J\u202e': 'v' } }));
      const r = await cli('validate', file);
      expect(r.code).to.equal(2);
      expectNoUnsafe(r.stderr);
      expect(r.stderr).to.include('meta.k\\x1B[2J\\u202E');
    });
  });
});
