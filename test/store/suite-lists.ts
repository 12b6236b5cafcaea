// The dossier list's filters, and cursor pagination of dossiers and audit entries.
import { expect } from 'chai';
import type { Dossier, DossierFilter, Organisation } from '../../src/store/types.js';
import type { SuiteState } from './suite.js';
import { addAssessment, addVersion, rejectsWith, seedDossier, seedOrg, seedUser } from './fixtures.js';

export function listTests(s: SuiteState): void {
  it('filters: kind, status, verdict, life domain, title search and updated dates, alone and together', async () => {
    const org = await seedOrg(s.store);
    const owner = await seedUser(s.store);
    s.clock.set('2026-11-30T10:00:00.000Z');
    const d1 = await seedDossier(s.store, org, owner, { title: 'Huurpremie voor Één ouder', lifeDomains: ['wonen'] });
    s.clock.set('2026-12-01T23:59:59.999Z');
    const d2 = await seedDossier(s.store, org, owner, {
      kind: 'service-audit',
      status: 'submitted',
      title: 'Sociale kruidenier 100% lokaal',
      lifeDomains: ['werk', 'wonen'],
    });
    s.clock.set('2026-12-02T00:00:00.000Z');
    const d3 = await seedDossier(s.store, org, owner, { status: 'submitted', title: 'Schoolkosten_plan', lifeDomains: ['onderwijs'] });
    await addAssessment(s.store, await addVersion(s.store, d3, owner), 'favourable');
    s.clock.set('2026-12-02T07:31:00.000Z');

    const ids = async (filter: DossierFilter) => (await s.store.dossiers.list(org.id, filter, null, 100)).items.map((d) => d.id);
    expect(await ids({})).to.deep.equal([d3.id, d2.id, d1.id]);
    expect(await ids({ kind: 'service-audit' })).to.deep.equal([d2.id]);
    expect(await ids({ status: 'submitted' })).to.deep.equal([d3.id, d2.id]);
    expect(await ids({ verdict: 'favourable' })).to.deep.equal([d3.id]);
    expect(await ids({ verdict: 'unfavourable' })).to.deep.equal([]);
    expect(await ids({ lifeDomain: 'wonen' })).to.deep.equal([d2.id, d1.id]);
    expect(await ids({ lifeDomain: 'gezondheid' })).to.deep.equal([]);
    expect(await ids({ search: 'één' }), 'case-insensitive beyond ASCII').to.deep.equal([d1.id]);
    expect(await ids({ search: 'KRUIDENIER' })).to.deep.equal([d2.id]);
    expect(await ids({ search: '100%' })).to.deep.equal([d2.id]);
    expect(await ids({ search: '_' }), 'LIKE wildcards are literal').to.deep.equal([d3.id]);
    expect(await ids({ search: '%' })).to.deep.equal([d2.id]);
    expect(await ids({ updatedFrom: '2026-12-01' })).to.deep.equal([d3.id, d2.id]);
    expect(await ids({ updatedTo: '2026-12-01' }), 'a date includes its whole day').to.deep.equal([d2.id, d1.id]);
    expect(await ids({ updatedTo: '2026-12-01T23:59:59.998Z' })).to.deep.equal([d1.id]);
    expect(await ids({ updatedFrom: '2026-12-01', updatedTo: '2026-12-01' })).to.deep.equal([d2.id]);
    expect(await ids({ status: 'submitted', lifeDomain: 'wonen' })).to.deep.equal([d2.id]);
    expect(await ids({ kind: 'proposal', status: 'submitted', verdict: 'favourable', lifeDomain: 'onderwijs', search: 'school' })).to.deep.equal([d3.id]);
    const e = await rejectsWith(ids({ updatedFrom: 'gisteren' }), 'INPUT_INVALID');
    expect(e.issues[0]?.path).to.equal('updatedFrom');
  });

  it('pagination walks every dossier exactly once, in (updated desc, id desc) order, also with a filter and equal timestamps', async () => {
    const org = await seedOrg(s.store);
    const owner = await seedUser(s.store);
    s.clock.set('2026-12-02T08:00:00.000Z');
    const made: Dossier[] = [];
    for (let i = 0; i < 25; i++) {
      if (i >= 10) s.clock.tick(1); // the first ten share one timestamp: only the id orders them
      made.push(await seedDossier(s.store, org, owner, { title: `Dossier ${i}`, status: i % 2 === 0 ? 'submitted' : 'concept' }));
    }
    const order = (xs: Dossier[]) =>
      [...xs].sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1)).map((d) => d.id);

    const all = await walk(s, org, {}, 7);
    expect(all.pages).to.equal(4);
    expect(all.ids).to.deep.equal(order(made));
    const submitted = await walk(s, org, { status: 'submitted' }, 3);
    expect(submitted.ids).to.deep.equal(order(made.filter((d) => d.status === 'submitted')));
    expect(submitted.ids).to.have.length(13);
    const exact = await walk(s, org, {}, 25);
    expect(exact.pages, 'a full last page ends the walk').to.equal(1);
    expect(exact.ids).to.deep.equal(order(made));
  });

  it('page size: at most 100, at least 1', async () => {
    const org = await seedOrg(s.store);
    for (let i = 0; i < 105; i++)
      await s.store.audit.append({ orgId: org.id, actorUserId: null, actorTokenId: null, action: 'login.ok', dossierId: null, details: { i } });
    const first = await s.store.audit.list(org.id, {}, null, 1000);
    expect(first.items).to.have.length(100);
    expect(first.nextCursor).to.be.a('string');
    const rest = await s.store.audit.list(org.id, {}, first.nextCursor, 1000);
    expect(rest.items.map((e) => e.details['i'])).to.deep.equal([4, 3, 2, 1, 0]);
    expect(rest.nextCursor).to.equal(null);
    expect((await s.store.audit.list(org.id, {}, null, 0)).items).to.have.length(1);
  });

  it('audit pagination with a dossier filter: newest first, each entry once', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    const [x, y] = [await seedDossier(s.store, org, user), await seedDossier(s.store, org, user)];
    for (let i = 0; i < 11; i++) {
      const d = i % 3 === 0 ? y : x;
      await s.store.audit.append({ orgId: org.id, actorUserId: user.id, actorTokenId: null, action: 'version.add', dossierId: d.id, details: { i } });
    }
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof s.store.audit.list>> = await s.store.audit.list(org.id, { dossierId: x.id }, cursor, 3);
      seen.push(...page.items.map((e) => e.details['i']));
      expect(page.items.every((e) => e.dossierId === x.id)).to.equal(true);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).to.deep.equal([10, 8, 7, 5, 4, 2, 1]);
  });

  it('a cursor that was not given out is bad input', async () => {
    const org = await seedOrg(s.store);
    for (const bad of ['nonsense', Buffer.from('[1]').toString('base64url'), Buffer.from('["a"]').toString('base64url')]) {
      const e = await rejectsWith(s.store.dossiers.list(org.id, {}, bad, 10), 'INPUT_INVALID');
      expect(e.issues[0]?.path).to.equal('cursor');
    }
    await rejectsWith(s.store.audit.list(org.id, {}, Buffer.from('["a","b"]').toString('base64url'), 10), 'INPUT_INVALID');
  });
}

async function walk(s: SuiteState, org: Organisation, filter: DossierFilter, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Awaited<ReturnType<typeof s.store.dossiers.list>> = await s.store.dossiers.list(org.id, filter, cursor, limit);
    expect(page.items.length).to.be.at.most(limit);
    ids.push(...page.items.map((d) => d.id));
    cursor = page.nextCursor;
    pages++;
    expect(pages, 'the walk ends').to.be.below(100);
  } while (cursor !== null);
  expect(new Set(ids).size, 'no dossier twice').to.equal(ids.length);
  return { ids, pages };
}
