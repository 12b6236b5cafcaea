// Drafts of the wizard: created, read in their organisation only, listed per author (newest first),
// saved, deleted; a draft of a dossier names it.
import { expect } from 'chai';
import type { SuiteState } from './suite.js';
import { seedDossier, seedOrg, seedUser } from './fixtures.js';

const INPUT = '{"kind":"proposal","meta":{"title":"Zwembad","municipality":"Gent"}}';

export function draftTests(s: SuiteState): void {
  it('drafts: created with their input text, read only in their organisation', async () => {
    const [org, other] = [await seedOrg(s.store), await seedOrg(s.store)];
    const author = await seedUser(s.store);
    const d = await s.store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: author.id, data: INPUT, step: 'meta' });
    expect(d).to.include({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: author.id, data: INPUT, step: 'meta' });
    expect(d.unknowns).to.deep.equal([]);
    expect(d.createdAt).to.equal(d.updatedAt);
    expect(await s.store.drafts.get(org.id, d.id)).to.deep.equal(d);
    expect(await s.store.drafts.get(other.id, d.id), 'another organisation does not see it').to.equal(undefined);
    expect(await s.store.drafts.get(org.id, 'missing')).to.equal(undefined);
  });

  it('drafts: saving keeps the exact text, the step and the "weet ik niet" fields; updatedAt moves', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const d = await s.store.drafts.create({
      orgId: org.id,
      kind: 'service-audit',
      dossierId: null,
      authorId: author.id,
      data: '{}',
      step: 'meta',
      unknowns: ['a.b'],
    });
    expect(d.unknowns).to.deep.equal(['a.b']);
    s.clock.tick(10);
    // Not valid yet, and not re-serialised: a draft holds what was typed.
    const odd = '{"kind":"service-audit", "affordability":{"prices":[{"amount":"abc"}]}}';
    expect(await s.store.drafts.save(org.id, d.id, { data: odd, step: 'affordability', unknowns: ['affordability.depositAmount'] })).to.equal(true);
    const after = await s.store.drafts.get(org.id, d.id);
    expect(after).to.include({ data: odd, step: 'affordability', createdAt: d.createdAt });
    expect(after?.unknowns).to.deep.equal(['affordability.depositAmount']);
    expect((after?.updatedAt ?? '') > d.updatedAt).to.equal(true);
    s.clock.tick(10);
    expect(await s.store.drafts.save(org.id, d.id, { data: '{}', step: 'meta' }), 'without unknowns: they stay').to.equal(true);
    expect((await s.store.drafts.get(org.id, d.id))?.unknowns).to.deep.equal(['affordability.depositAmount']);
    const other = await seedOrg(s.store);
    expect(await s.store.drafts.save(other.id, d.id, { data: '{}', step: 'meta' }), 'not from another organisation').to.equal(false);
    expect(await s.store.drafts.save(org.id, 'missing', { data: '{}', step: 'meta' })).to.equal(false);
  });

  it("drafts: listed per author and organisation, most recently saved first; a dossier's draft names it", async () => {
    const org = await seedOrg(s.store);
    const [an, bo] = [await seedUser(s.store), await seedUser(s.store)];
    const dossier = await seedDossier(s.store, org, an);
    const first = await s.store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: an.id, data: INPUT, step: 'meta' });
    s.clock.tick(5);
    const second = await s.store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: dossier.id, authorId: an.id, data: INPUT, step: 'meta' });
    s.clock.tick(5);
    await s.store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: bo.id, data: INPUT, step: 'meta' });
    expect((await s.store.drafts.listForAuthor(org.id, an.id)).map((d) => d.id)).to.deep.equal([second.id, first.id]);
    expect(second.dossierId).to.equal(dossier.id);
    s.clock.tick(5);
    await s.store.drafts.save(org.id, first.id, { data: INPUT, step: 'screening' });
    expect((await s.store.drafts.listForAuthor(org.id, an.id)).map((d) => d.id)).to.deep.equal([first.id, second.id]);
    expect(await s.store.drafts.listForAuthor((await seedOrg(s.store)).id, an.id)).to.deep.equal([]);
  });

  it('drafts: deleted once; a draft of another organisation is not deleted', async () => {
    const [org, other] = [await seedOrg(s.store), await seedOrg(s.store)];
    const author = await seedUser(s.store);
    const d = await s.store.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: author.id, data: INPUT, step: 'meta' });
    expect(await s.store.drafts.delete(other.id, d.id)).to.equal(false);
    expect(await s.store.drafts.delete(org.id, d.id)).to.equal(true);
    expect(await s.store.drafts.delete(org.id, d.id)).to.equal(false);
    expect(await s.store.drafts.get(org.id, d.id)).to.equal(undefined);
  });

  it('drafts: a transaction that fails leaves no draft behind', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    let id = '';
    await s.store
      .transaction(async (tx) => {
        id = (await tx.drafts.create({ orgId: org.id, kind: 'proposal', dossierId: null, authorId: author.id, data: INPUT, step: 'meta' })).id;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(id).to.not.equal('');
    expect(await s.store.drafts.get(org.id, id)).to.equal(undefined);
  });
}
