// Dossiers, versions, assessments and overlays: numbering, the dossier's verdict, soft delete and
// tenant isolation.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import type { SuiteState } from './suite.js';
import { addAssessment, addVersion, rejectsWith, seedDossier, seedOrg, seedUser } from './fixtures.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export function dossierTests(s: SuiteState): void {
  it('dossiers: created as concept with version 0, read, updated; life domains deduplicated', async () => {
    const org = await seedOrg(s.store);
    const owner = await seedUser(s.store);
    const d = await seedDossier(s.store, org, owner, { lifeDomains: ['wonen', 'werk', 'wonen'] });
    expect(d).to.include({ orgId: org.id, status: 'concept', latestVersion: 0, latestVerdict: null, deletedAt: null, ownerId: owner.id });
    expect(d.lifeDomains).to.deep.equal(['wonen', 'werk']);
    expect(await s.store.dossiers.get(org.id, d.id)).to.deep.equal(d);
    s.clock.tick(10);
    expect(await s.store.dossiers.update(org.id, d.id, { title: 'Nieuwe titel', status: 'submitted', lifeDomains: ['inkomen'] })).to.equal(true);
    const after = await s.store.dossiers.get(org.id, d.id);
    expect(after).to.include({ title: 'Nieuwe titel', status: 'submitted' });
    expect(after?.lifeDomains).to.deep.equal(['inkomen']);
    expect((after?.updatedAt ?? '') > d.updatedAt).to.equal(true);
    expect(await s.store.dossiers.update(org.id, d.id, {}), 'an empty patch: the dossier is there').to.equal(true);
    expect(await s.store.dossiers.update(org.id, 'missing', { title: 'x' })).to.equal(false);
  });

  it('versions: numbered 1, 2, 3 with the input hash, listed without input; the dossier follows', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const d = await seedDossier(s.store, org, author);
    const inputs = ['{"a":1}', '{"a":2}', '{"a":3}'];
    const versions = [];
    for (const input of inputs) {
      s.clock.tick(5);
      versions.push(await addVersion(s.store, d, author, input));
    }
    expect(versions.map((v) => v.number)).to.deep.equal([1, 2, 3]);
    expect(versions.map((v) => v.inputHash)).to.deep.equal(inputs.map(sha256));
    expect(await s.store.versions.get(org.id, d.id, 2)).to.deep.equal(versions[1]);
    expect(await s.store.versions.get(org.id, d.id, 4)).to.equal(undefined);
    const list = await s.store.versions.list(org.id, d.id);
    expect(list.map((v) => v.number)).to.deep.equal([1, 2, 3]);
    expect(list[0]).to.not.have.property('input');
    const dossier = await s.store.dossiers.get(org.id, d.id);
    expect(dossier).to.include({ latestVersion: 3, updatedAt: versions[2]?.createdAt });
    await rejectsWith(addVersion(s.store, { ...d, id: 'missing' }, author), 'NOT_FOUND');
  });

  it('versions: 20 concurrent saves get the numbers 1 to 20, no duplicates, no gaps', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const d = await seedDossier(s.store, org, author);
    const saved = await Promise.all(Array.from({ length: 20 }, (_, i) => addVersion(s.store, d, author, `{"save":${i}}`)));
    expect(saved.map((v) => v.number).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await s.store.versions.list(org.id, d.id)).map((v) => v.number)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await s.store.dossiers.get(org.id, d.id))?.latestVersion).to.equal(20);
    for (const v of saved) expect((await s.store.versions.get(org.id, d.id, v.number))?.input).to.equal(v.input);
  });

  it('assessments: stored with their hash, newest per version first, listed per dossier without result', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const d = await seedDossier(s.store, org, author);
    const v1 = await addVersion(s.store, d, author);
    const v2 = await addVersion(s.store, d, author);
    const a1 = await addAssessment(s.store, v1, 'favourable', '{"n":1}');
    const a2 = await addAssessment(s.store, v1, 'conditional', '{"n":2}'); // same millisecond as a1
    const a3 = await addAssessment(s.store, v2, 'unfavourable', '{"n":3}');
    expect(a1).to.include({ orgId: org.id, dossierId: d.id, versionId: v1.id, resultHash: sha256('{"n":1}'), scoreLow: 61.5, scoreHigh: 72.5 });
    expect(await s.store.assessments.get(org.id, a1.id)).to.deep.equal(a1);
    expect(await s.store.assessments.latestForVersion(org.id, v1.id)).to.deep.equal(a2);
    expect(await s.store.assessments.latestForVersion(org.id, v2.id)).to.deep.equal(a3);
    const list = await s.store.assessments.listForDossier(org.id, d.id);
    expect(list.map((a) => a.id)).to.deep.equal([a1.id, a2.id, a3.id]);
    expect(list[0]).to.not.have.property('result');
    await rejectsWith(s.store.assessments.add(assessmentInput('missing')), 'NOT_FOUND');
  });

  it("the dossier's verdict is the newest assessment of its latest version", async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const d = await seedDossier(s.store, org, author);
    const verdictOf = async () => (await s.store.dossiers.list(org.id, { verdict: 'favourable' }, null, 10)).items.map((x) => x.id);
    const v1 = await addVersion(s.store, d, author);
    await addAssessment(s.store, v1, 'favourable');
    expect(await verdictOf()).to.deep.equal([d.id]);
    const v2 = await addVersion(s.store, d, author);
    expect(await verdictOf(), 'a new version has no verdict yet').to.deep.equal([]);
    await addAssessment(s.store, v1, 'favourable');
    expect(await verdictOf(), 'assessing an older version does not change it').to.deep.equal([]);
    await addAssessment(s.store, v2, 'unfavourable');
    expect((await s.store.dossiers.list(org.id, { verdict: 'unfavourable' }, null, 10)).items.map((x) => x.id)).to.deep.equal([d.id]);
    await addAssessment(s.store, v2, 'favourable');
    expect(await verdictOf(), 'a re-assessment replaces it').to.deep.equal([d.id]);
    expect((await s.store.dossiers.get(org.id, d.id))?.latestVerdict, 'the dossier shows it').to.equal('favourable');
  });

  it('soft delete hides the dossier and everything under it; open ids skip deleted and closed dossiers', async () => {
    const org = await seedOrg(s.store);
    const author = await seedUser(s.store);
    const [keep, gone, closed] = [
      await seedDossier(s.store, org, author),
      await seedDossier(s.store, org, author),
      await seedDossier(s.store, org, author, { status: 'closed' }),
    ];
    const v = await addVersion(s.store, gone, author);
    const a = await addAssessment(s.store, v);
    expect(await s.store.dossiers.softDelete(org.id, gone.id, '2026-12-02T12:00:00.000Z')).to.equal(true);
    expect(await s.store.dossiers.softDelete(org.id, gone.id, '2026-12-02T12:00:01.000Z'), 'already deleted').to.equal(false);
    expect(await s.store.dossiers.get(org.id, gone.id)).to.equal(undefined);
    expect((await s.store.dossiers.list(org.id, {}, null, 100)).items.map((x) => x.id).sort()).to.deep.equal([keep.id, closed.id].sort());
    expect(await s.store.versions.get(org.id, gone.id, 1)).to.equal(undefined);
    expect(await s.store.versions.list(org.id, gone.id)).to.deep.equal([]);
    expect(await s.store.assessments.get(org.id, a.id)).to.equal(undefined);
    expect(await s.store.assessments.listForDossier(org.id, gone.id)).to.deep.equal([]);
    expect(await s.store.dossiers.update(org.id, gone.id, { title: 'terug' })).to.equal(false);
    await rejectsWith(addVersion(s.store, gone, author), 'NOT_FOUND');
    const open = (await s.store.dossiers.openIds()).filter((x) => x.orgId === org.id);
    expect(open).to.deep.equal([{ orgId: org.id, id: keep.id }]);
  });

  it("tenant isolation: another organisation's id reads nothing and changes nothing", async () => {
    const [org, other] = [await seedOrg(s.store), await seedOrg(s.store)];
    const user = await seedUser(s.store);
    const d = await seedDossier(s.store, org, user);
    const v = await addVersion(s.store, d, user);
    const a = await addAssessment(s.store, v);
    await s.store.overlays.add({ orgId: org.id, files: { 'x.yaml': 'a: 1\n' }, hash: 'h', uploadedBy: user.id });
    await s.store.audit.append({ orgId: org.id, actorUserId: user.id, actorTokenId: null, action: 'dossier.create', dossierId: d.id, details: {} });

    expect(await s.store.dossiers.get(other.id, d.id)).to.equal(undefined);
    expect((await s.store.dossiers.list(other.id, {}, null, 100)).items).to.deep.equal([]);
    expect(await s.store.dossiers.update(other.id, d.id, { title: 'overgenomen' })).to.equal(false);
    expect(await s.store.dossiers.softDelete(other.id, d.id, '2026-12-02T12:00:00.000Z')).to.equal(false);
    await rejectsWith(s.store.versions.add({ orgId: other.id, dossierId: d.id, input: '{}', authorId: user.id }), 'NOT_FOUND');
    expect(await s.store.versions.get(other.id, d.id, 1)).to.equal(undefined);
    expect(await s.store.versions.list(other.id, d.id)).to.deep.equal([]);
    expect(await s.store.assessments.get(other.id, a.id)).to.equal(undefined);
    expect(await s.store.assessments.latestForVersion(other.id, v.id)).to.equal(undefined);
    expect(await s.store.assessments.listForDossier(other.id, d.id)).to.deep.equal([]);
    expect(await s.store.overlays.latest(other.id)).to.equal(undefined);
    expect(await s.store.overlays.get(other.id, 1)).to.equal(undefined);
    expect(await s.store.overlays.list(other.id)).to.deep.equal([]);
    expect((await s.store.audit.list(other.id, {}, null, 100)).items).to.deep.equal([]);
    expect((await s.store.audit.list(other.id, { dossierId: d.id }, null, 100)).items).to.deep.equal([]);

    const untouched = await s.store.dossiers.get(org.id, d.id);
    expect(untouched).to.include({ title: d.title, deletedAt: null, latestVersion: 1 });
  });

  it('overlays: every upload a new version, files kept exactly, listed without files', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    const files = { 'checks/lokaal.yaml': 'id: lokaal\r\ntitle:  "Één\ttab"  \n', 'params.yaml': '\uFEFFleefloon: 1_263.17\n' };
    const o1 = await s.store.overlays.add({ orgId: org.id, files, hash: 'h1', uploadedBy: user.id });
    const o2 = await s.store.overlays.add({ orgId: org.id, files: { 'params.yaml': 'x: 2\n' }, hash: 'h2', uploadedBy: user.id });
    expect([o1.version, o2.version]).to.deep.equal([1, 2]);
    expect(await s.store.overlays.latest(org.id)).to.deep.equal(o2);
    expect(await s.store.overlays.get(org.id, 1)).to.deep.equal(o1);
    expect((await s.store.overlays.get(org.id, 1))?.files).to.deep.equal(files);
    const list = await s.store.overlays.list(org.id);
    expect(list.map((o) => [o.version, o.hash])).to.deep.equal([
      [1, 'h1'],
      [2, 'h2'],
    ]);
    expect(list[0]).to.not.have.property('files');
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, (_, i) => s.store.overlays.add({ orgId: org.id, files: {}, hash: `c${i}`, uploadedBy: user.id })),
    );
    expect(concurrent.map((o) => o.version).sort()).to.deep.equal([3, 4, 5, 6, 7]);
  });
}

function assessmentInput(versionId: string) {
  return {
    versionId,
    packName: 'vlaanderen',
    packVersion: '2026.1',
    packHash: 'b'.repeat(64),
    overlayVersion: null,
    overlayHash: null,
    referenceDate: '2026-12-01',
    result: '{}',
    verdict: 'favourable' as const,
    scoreLow: 0,
    scoreHigh: 0,
    createdBy: null,
  };
}
