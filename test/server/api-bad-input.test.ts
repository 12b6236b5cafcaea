// Bad and hostile input through the real app: always a 4xx envelope naming the field, in the request's
// language, never a 5xx; hostile text comes back as plain JSON data and escaped in the HTML report.
import { expect } from 'chai';
import { example, exampleText, startApp, type Reply, type TestApp } from './api-helpers.js';

const ORG = '/api/v1/orgs/teststad';
/** Script, terminal escapes (clear screen, cursor home), a carriage return and a right-to-left override. */
const HOSTILE = '<script>alert(1)</script>\u001b[2J\u001b[H\r\u202eevil';
/** Any of the raw characters above that must never appear unescaped in an answer. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u001b\r\u202e]/;

function envelope(r: Reply, status: number): { code: string; message: string; issues: { path: string; message: string }[] } {
  expect(r.status, r.text).to.equal(status);
  expect(r.headers.get('content-type')).to.match(/^application\/json/);
  expect(r.json.error).to.have.keys(['code', 'message', 'issues']);
  expect(r.text).not.to.match(/\n\s+at /); // no stack trace
  return r.json.error;
}

describe('API: bad and hostile input', function () {
  this.timeout(60_000);
  let app: TestApp;
  let staff: Record<string, string>;
  let dossierId: string;

  before(async () => {
    app = await startApp();
    staff = await app.as('teststad', 'council-member');
    const r = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: { input: example('zwembad-sociaal-tarief') } });
    dossierId = r.json.dossier.id;
  });
  after(async () => app.close());

  it('wrong types and unknown fields name the field, in the request language', async () => {
    const input = { ...example('zwembad-sociaal-tarief'), meta: { title: 3, municipality: 'Teststad' }, extra: true };
    const e = envelope(await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: { input } }), 400);
    expect(e.code).to.equal('INPUT_INVALID');
    const paths = e.issues.map((i) => i.path);
    expect(paths).to.include('input.meta.title').and.include('input.extra');
    const fr = envelope(await app.call('POST', `${ORG}/dossiers`, { headers: { ...staff, 'accept-language': 'fr-BE' }, body: { input, colour: 'x' } }), 400);
    expect(fr.issues.map((i) => i.path)).to.deep.equal(['colour']);
    expect(fr.message).to.include('erreur');
    expect(fr.issues[0]?.message).to.include('champ inconnu');
    const v = envelope(await app.call('POST', `${ORG}/dossiers/${dossierId}/versions?lang=en`, { headers: staff, body: input }), 400);
    expect(v.issues.map((i) => i.path)).to.include('meta.title');
    expect(v.message).to.match(/error/i);
    const patch = envelope(await app.call('PATCH', `${ORG}/dossiers/${dossierId}`, { headers: staff, body: { status: 'klaar', title: '' } }), 400);
    expect(patch.issues.map((i) => i.path).sort()).to.deep.equal(['status', 'title']);
  });

  it('syntax errors, other shapes, forbidden keys, deep nesting and other media types are 400s', async () => {
    const cases: [string, string, string][] = [
      ['{"input": ', 'application/json', 'syntax'],
      ['[1, 2]', 'application/json', 'array'],
      ['"text"', 'application/json', 'string'],
      ['{"input": {"__proto__": {"x": 1}}}', 'application/json', '__proto__'],
      ['input:\n  kind: proposal\n   meta: x', 'application/yaml', 'yaml indent'],
      ['input: *x', 'text/yaml', 'yaml alias'],
      ['{"input": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}', 'application/json', 'deep'],
      ['kind=proposal', 'text/plain', 'media type'],
      ['kind=proposal', 'application/x-www-form-urlencoded', 'form'],
    ];
    for (const [body, type, what] of cases) {
      const r = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body, type });
      expect(r.status, `${what}: ${r.text.slice(0, 300)}`).to.be.within(400, 499);
      envelope(r, r.status);
    }
    const yaml = envelope(
      await app.call('POST', `${ORG}/dossiers/${dossierId}/versions`, {
        headers: staff,
        body: 'kind: proposal\nmeta:\n  title: "x\n',
        type: 'application/yaml',
      }),
      400,
    );
    expect(yaml.code).to.equal('INPUT_SYNTAX');
    expect(yaml.message).to.match(/regel|line/i);
  });

  it('oversized bodies are 413, before any work', async () => {
    const big = exampleText('zwembad-sociaal-tarief') + `\n# ${'x'.repeat(1024 * 1024)}\n`;
    const e = envelope(await app.call('POST', `${ORG}/dossiers/${dossierId}/versions`, { headers: staff, body: big, type: 'application/yaml' }), 413);
    expect(e.code).to.equal('INPUT_TOO_LARGE');
    const huge = JSON.stringify({ input: example('zwembad-sociaal-tarief'), title: 'x'.repeat(5 * 1024 * 1024) });
    expect((await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: huge })).status).to.equal(413);
    const publicBig = await app.call('POST', '/api/v1/assess', { body: big, type: 'application/yaml' });
    expect(envelope(publicBig, 413).code).to.equal('INPUT_TOO_LARGE');
  });

  it('hostile text comes back as plain JSON data and escaped in the HTML report', async () => {
    const input = example('zwembad-sociaal-tarief');
    (input['meta'] as Record<string, unknown>)['title'] = HOSTILE;
    const r = await app.call('POST', `${ORG}/dossiers`, { headers: staff, body: { input, title: HOSTILE } });
    expect(r.status, r.text).to.equal(201);
    // no terminal control or override raw in the answer; parsing gives the exact text back
    expect(r.text).not.to.match(RAW_CONTROL);
    expect(r.json.dossier.title).to.equal(HOSTILE.trim());
    const got = await app.call('GET', `${ORG}/dossiers/${r.json.dossier.id}`, { headers: staff });
    expect(got.text).not.to.match(RAW_CONTROL);
    expect(got.json.dossier.title).to.equal(HOSTILE.trim());
    const html = await app.call('GET', `${ORG}/assessments/${r.json.assessment.id}/report.html`, { headers: staff });
    expect(html.status).to.equal(200);
    expect(html.headers.get('content-type')).to.match(/^text\/html/);
    expect(html.headers.get('content-security-policy')).to.include("default-src 'none'");
    expect(html.text).not.to.include('<script>alert');
    expect(html.text).to.include('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).to.include('\\x1B[2J');
    expect(html.text).not.to.match(RAW_CONTROL);
    const list = await app.call('GET', `${ORG}/dossiers?q=${encodeURIComponent('<script>')}`, { headers: staff });
    expect(list.json.items.map((d: { title: string }) => d.title)).to.deep.equal([HOSTILE.trim()]);
  });

  it('query values: unknown filters values, bad limits and dates, repeated parameters are 400s', async () => {
    for (const q of [
      'kind=x',
      'status=open',
      'verdict=good',
      'limit=0',
      'limit=101',
      'limit=abc',
      'updatedFrom=yesterday',
      'kind=proposal&kind=service-audit',
      `q=${'x'.repeat(300)}`,
    ]) {
      const e = envelope(await app.call('GET', `${ORG}/dossiers?${q}`, { headers: staff }), 400);
      expect(e.issues.length, q).to.be.greaterThan(0);
    }
    expect(envelope(await app.call('GET', '/api/v1/rules?date=2025-02-30'), 400).issues[0]?.path).to.equal('date');
    expect(envelope(await app.call('GET', `${ORG}/assessments/x/report.pdf?lang=de`, { headers: staff }), 400).issues[0]?.path).to.equal('lang');
  });
});
