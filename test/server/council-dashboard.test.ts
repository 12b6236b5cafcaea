// The council's dashboard providers: what waits for whom. Each answers null for a role with no part in it.
import { expect } from 'chai';
import type { RequestContext } from '../../src/server/context.js';
import { adviceToSign, answersToGive } from '../../src/server/pages/council-dashboard.js';
import type { DossierStatus, Organisation, Role, User } from '../../src/store/types.js';
import { backends, makeOrg, makeUser, startTestServer, type TestServer } from './harness.js';

for (const backend of backends()) {
  describe(`council dashboard providers (${backend.name})`, function () {
    this.timeout(60_000);
    let t: TestServer;
    let org: Organisation;
    let user: User;
    const ctx = (role: Role, o: Organisation = org): RequestContext => ({ requestId: 'x', lang: 'nl', actor: null, org: o, role });

    /** A dossier in `status` whose latest version plans its review on `reviewDate`. */
    async function dossier(title: string, status: DossierStatus, reviewDate?: string) {
      const d = await t.store.dossiers.create({ orgId: org.id, kind: 'proposal', title, status, lifeDomains: [], ownerId: user.id });
      const input = reviewDate ? JSON.stringify({ monitoring: { reviewDate } }) : '{}';
      await t.store.versions.add({ orgId: org.id, dossierId: d.id, input, authorId: user.id });
      return d;
    }

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set('2026-12-02T10:00:00.000Z');
      org = await makeOrg(t.store);
      user = await makeUser(t.store, { orgId: org.id, role: 'council-chair' });
      const draft = await dossier('Met ontwerp', 'in-review');
      await t.store.council.advices.createDraft({ orgId: org.id, dossierId: draft.id, conclusion: 'x', recommendations: [], createdBy: user.id });
      const adopted = await dossier('Met advies', 'advice-adopted');
      const a = await t.store.council.advices.createDraft({ orgId: org.id, dossierId: adopted.id, conclusion: 'x', recommendations: [], createdBy: user.id });
      await t.store.council.advices.sign(org.id, a.id, { userId: user.id, name: 'An', role: 'Voorzitter' });
      await dossier('Ingediend', 'submitted');
      await dossier('Concept', 'concept', '2026-01-01');
      await dossier('Te laat', 'decided', '2026-06-30');
      await dossier('Vandaag', 'followed-up', '2026-12-02');
      await dossier('Later', 'decided', '2027-06-30');
    });
    after(() => t.close());

    it('the chair sees the advice to sign; others do not get the section', async () => {
      const s = await adviceToSign(t.deps, ctx('council-chair'));
      expect(s?.title).to.equal('Advies om te ondertekenen');
      expect(s?.items.map((i) => i.label)).to.deep.equal(['Met ontwerp']);
      expect(s?.items[0]?.href).to.match(new RegExp(`^/o/${org.slug}/dossiers/[^/]+/council\\?lang=nl#advies$`));
      expect(s?.items[0]?.meta).to.equal('Ontwerp van advies 1, bewaard op 2 december 2026');
      expect(await adviceToSign(t.deps, ctx('council-member'))).to.equal(null);
    });

    it('an alderman sees the answers to give', async () => {
      const s = await answersToGive(t.deps, ctx('alderman'));
      expect(s?.items.map((i) => [i.label, i.meta])).to.deep.equal([['Met advies', 'Advies 1, ondertekend op 2 december 2026']]);
      expect(await answersToGive(t.deps, ctx('council-chair'))).to.equal(null);
    });
  });
}
