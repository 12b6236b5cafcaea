// Tenant isolation on every route of the API: another organisation's dossier, version or assessment,
// named through one's own organisation's slug, is 404 (the same 404 as an id that never existed).
import { expect } from 'chai';
import { apiRoutes } from '../../src/server/api/index.js';
import type { AppDeps } from '../../src/server/context.js';
import { example, startApp, type TestApp } from './api-helpers.js';

describe('API: tenant isolation', function () {
  this.timeout(60_000);
  let app: TestApp;
  let mine: Record<string, string>;
  let theirs: { dossier: string; assessment: string };

  before(async () => {
    app = await startApp();
    mine = await app.as('teststad', 'admin');
    const other = await app.as('andere', 'admin');
    const r = await app.call('POST', '/api/v1/orgs/andere/dossiers', { headers: other, body: { input: example('zwembad-sociaal-tarief') } });
    expect(r.status).to.equal(201);
    theirs = { dossier: r.json.dossier.id, assessment: r.json.assessment.id };
    // and one of our own, so that our lists are not empty by accident
    expect((await app.call('POST', '/api/v1/orgs/teststad/dossiers', { headers: mine, body: { input: example('uitpas-kansentarief') } })).status).to.equal(201);
  });
  after(async () => app.close());

  it("every route with an id answers 404 for the other organisation's ids, the same as for an unknown id", async () => {
    const routes = apiRoutes({} as AppDeps).filter((r) => r.path.includes(':id'));
    expect(routes.length).to.be.at.least(12);
    for (const route of routes) {
      const isAssessment = route.path.includes('/assessments/:id');
      for (const id of [isAssessment ? theirs.assessment : theirs.dossier, '00000000-0000-4000-8000-000000000000']) {
        const path = route.path.replace(':org', 'teststad').replace(':id', id).replace(':n', '1');
        const body = route.method === 'patch' ? { status: 'closed' } : route.method === 'post' ? example('zwembad-sociaal-tarief') : undefined;
        const r = await app.call(route.method.toUpperCase(), path, { headers: mine, body });
        expect(r.status, `${route.method} ${path}: ${r.text.slice(0, 200)}`).to.equal(404);
        expect(r.json.error.code).to.equal('NOT_FOUND');
      }
    }
    // nothing of theirs changed
    const other = app.orgs.get('andere');
    const d = await app.store.dossiers.get(other?.id as string, theirs.dossier);
    expect(d?.status).to.equal('concept');
    expect(d?.latestVersion).to.equal(1);
  });

  it('their slug is 404 for us; our lists, overlay and reassess never show or touch their dossiers', async () => {
    expect((await app.call('GET', '/api/v1/orgs/andere/dossiers', { headers: mine })).status).to.equal(404);
    expect((await app.call('GET', `/api/v1/orgs/andere/dossiers/${theirs.dossier}`, { headers: mine })).status).to.equal(404);
    const list = await app.call('GET', '/api/v1/orgs/teststad/dossiers?limit=100', { headers: mine });
    expect(list.json.items.map((d: { id: string }) => d.id)).not.to.include(theirs.dossier);
    const reassess = await app.call('POST', '/api/v1/orgs/teststad/reassess', { headers: mine });
    expect(reassess.status, reassess.text).to.equal(200);
    expect(reassess.json.dossiers).to.equal(1);
    expect((await app.call('GET', '/api/v1/orgs/teststad/overlay', { headers: mine })).json).to.deep.equal({ current: null, versions: [] });
  });
});
