// The routes without login: validate and assess exactly as the CLI (nothing stored), rules and parameters
// in force, the OpenAPI document of the whole app; and 20 assessments at once give what one at a time gives.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { cli } from '../cli-io.js';
import { allRoutes } from '../../src/server/app.js';
import { openApiPath } from '../../src/server/openapi.js';
import { example, exampleText, startApp, type TestApp } from './api-helpers.js';

const EXAMPLES = [
  ...readdirSync('examples/proposals').filter((f) => f.endsWith('.yaml')),
  ...readdirSync('examples/audits').filter((f) => f.endsWith('.yaml')),
].map((f) => f.replace(/\.yaml$/, ''));

describe('API: public routes', function () {
  this.timeout(120_000);
  let app: TestApp;

  before(async () => {
    app = await startApp();
  });
  after(async () => app.close());

  it("assess returns the CLI's --format json for JSON and YAML bodies (byte for byte with ?pretty=true, else on one line), in the chosen language, and stores nothing", async () => {
    for (const name of ['afvalzak-prijsstijging', 'cpas-enquete-sociale-bruxelles', 'leefloonaanvraag-drempelscan']) {
      const dir = name.includes('drempelscan') ? 'audits' : 'proposals';
      const expected = await cli('assess', `examples/${dir}/${name}.yaml`, '--format', 'json');
      const json = await app.call('POST', '/api/v1/assess?pretty=true', { body: example(name) });
      expect(json.status).to.equal(200);
      expect(json.text).to.equal(expected.stdout);
      const yaml = await app.call('POST', '/api/v1/assess?pretty=true', { body: exampleText(name), type: 'text/yaml' });
      expect(yaml.text).to.equal(expected.stdout);
      // Without ?pretty=true: the same document on one line (a quarter smaller).
      const compact = await app.call('POST', '/api/v1/assess', { body: exampleText(name), type: 'text/yaml' });
      expect(compact.status).to.equal(200);
      expect(compact.text.trimEnd()).not.to.include('\n');
      expect(compact.json).to.deep.equal(JSON.parse(expected.stdout));
      expect(compact.text.length).to.be.lessThan(expected.stdout.length * 0.85);
    }
    const fr = await cli('assess', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--format', 'json', '--lang', 'fr', '--date', '2024-01-15');
    const r = await app.call('POST', '/api/v1/assess?lang=fr&date=2024-01-15&pretty=true', { body: example('zwembad-sociaal-tarief') });
    expect(r.text).to.equal(fr.stdout);
    const bad = await app.call('POST', '/api/v1/assess?pretty=yes', { body: example('zwembad-sociaal-tarief') });
    expect(bad.status).to.equal(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).to.deep.equal(['pretty']);
    expect((await app.store.orgs.list()).length).to.equal(0);
  });

  it('validate says valid, or names every field problem in the request language', async () => {
    const ok = await app.call('POST', '/api/v1/validate', { body: exampleText('ocmw-onthaal-drempelscan'), type: 'application/yaml' });
    expect(ok.status).to.equal(200);
    expect(ok.json).to.deep.include({ valid: true, kind: 'service-audit' });
    const input = { ...example('zwembad-sociaal-tarief'), unknownSection: {}, meta: { municipality: 5 } };
    for (const [lang, word] of [
      ['nl', 'fout'],
      ['fr', 'erreur'],
      ['en', 'error'],
    ] as const) {
      const bad = await app.call('POST', '/api/v1/validate', { headers: { 'accept-language': lang }, body: input });
      expect(bad.status).to.equal(400);
      expect(bad.json.error.code).to.equal('INPUT_INVALID');
      expect(bad.json.error.message).to.include(word);
      expect(bad.json.error.issues.map((i: { path: string }) => i.path)).to.include.members(['unknownSection', 'meta.title', 'meta.municipality']);
    }
    const e = await app.call('POST', '/api/v1/assess', { body: input });
    expect(e.status).to.equal(400);
  });

  it('rules and parameters in force on a date', async () => {
    const rules = await app.call('GET', '/api/v1/rules?date=2025-06-01&lang=fr');
    expect(rules.status).to.equal(200);
    expect(rules.json.date).to.equal('2025-06-01');
    expect(rules.json.checks.length).to.be.greaterThan(50);
    expect(rules.json.checks[0]).to.have.keys(['id', 'dimension', 'title', 'severity', 'knockout', 'origin', 'from', 'inForce']);
    const params = await app.call('GET', '/api/v1/parameters?date=2025-06-01');
    const leefloon = params.json.parameters.find((p: { id: string }) => p.id === 'income.leefloon.single');
    expect(leefloon.value).to.be.a('number');
    expect(leefloon.validFrom <= '2025-06-01').to.equal(true);
    const earlier = await app.call('GET', '/api/v1/parameters?date=2023-01-01');
    const old = earlier.json.parameters.find((p: { id: string }) => p.id === 'income.leefloon.single');
    expect(old.value === null || old.value <= leefloon.value).to.equal(true);
    // without a date: today in Belgium on the server's clock
    expect((await app.call('GET', '/api/v1/rules')).json.date).to.equal('2025-06-01');
  });

  it('serves the OpenAPI document of every route of the app', async () => {
    const r = await app.call('GET', '/api/openapi.json');
    expect(r.status).to.equal(200);
    expect(r.json.openapi).to.equal('3.1.0');
    for (const route of allRoutes(app.deps)) {
      expect(r.json.paths[openApiPath(route.path).path]?.[route.method], `${route.method} ${route.path}`).to.be.an('object');
    }
    expect(r.json.components.securitySchemes.cookieSession.in).to.equal('cookie');
  });

  it('20 assessments at once give exactly what they give one at a time', async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => {
      const input = example(EXAMPLES[i % EXAMPLES.length] as string);
      // every request different: its own title, and half of them on another date (indented: compared with stored results below)
      (input['meta'] as Record<string, unknown>)['title'] = `Gelijktijdig ${i}`;
      return { input, query: i % 2 === 0 ? '?pretty=true' : '?date=2024-03-01&pretty=true' };
    });
    const sequential: string[] = [];
    for (const { input, query } of inputs) sequential.push((await app.call('POST', `/api/v1/assess${query}`, { body: input })).text);
    const concurrent = await Promise.all(inputs.map(({ input, query }) => app.call('POST', `/api/v1/assess${query}`, { body: input })));
    concurrent.forEach((r, i) => {
      expect(r.status).to.equal(200);
      expect(r.text, `request ${i}`).to.equal(sequential[i]);
    });
    expect(new Set(sequential).size).to.equal(20);

    // and 20 saves at once: each stored result is what the public route gave for that input today
    const staff = await app.as('teststad', 'ocmw-staff');
    const saved = await Promise.all(inputs.map(({ input }) => app.call('POST', '/api/v1/orgs/teststad/dossiers', { headers: staff, body: { input } })));
    for (const [i, r] of saved.entries()) {
      expect(r.status, r.text).to.equal(201);
      const json = await app.call('GET', `/api/v1/orgs/teststad/assessments/${r.json.assessment.id}/report.json`, { headers: staff });
      if (i % 2 === 0) expect(json.text, `save ${i}`).to.equal(sequential[i]);
    }
  });
});
