// Migrations, transactions, exact text, the append-only audit log, rendered reports, and two stores
// on one database.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { migrations } from '../../src/store/migrations/index.js';
import type { SuiteState } from './suite.js';
import { addAssessment, addVersion, seedDossier, seedOrg, seedUser } from './fixtures.js';
import { uniq } from './harness.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Valid JSON that any re-serialisation would change: spacing, CRLF, key order, escapes, non-BMP text. */
const ODD_JSON =
  '{\r\n\t"titel" :  "Ça va — 👩‍👩‍👧 é\u0301 \\u00e9",  "z": 1.0e+2,\n  "a": [1,2 , 3], "rtl": "\u202Eabc\u202C", "ls": "\u2028", "nul": "\\u0000", "leeg": {}  }\n  ';

export function integrityTests(s: SuiteState): void {
  it('migrations: a fresh database has them all pending; applying twice applies nothing more', async () => {
    const all = Object.keys(migrations(s.store.dialect));
    expect(all[0]).to.equal('0001-initial');
    expect(s.pendingBefore).to.deep.equal(all);
    expect(s.applied).to.deep.equal(all);
    expect(await s.store.migrate()).to.deep.equal([]);
    expect(await s.store.pendingMigrations()).to.deep.equal([]);
    const second = await s.h.open();
    try {
      expect(await second.pendingMigrations()).to.deep.equal([]);
      expect(await second.migrate()).to.deep.equal([]);
      await second.ping();
    } finally {
      await second.close();
    }
  });

  it('a transaction whose function fails leaves nothing behind', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    let dossierId = '';
    const failure = new Error('halfway');
    const caught = await s.store
      .transaction(async (tx) => {
        const d = await seedDossier(tx, org, user, { lifeDomains: ['wonen'] });
        dossierId = d.id;
        const v = await addVersion(tx, d, user);
        await addAssessment(tx, v);
        await tx.audit.append({ orgId: org.id, actorUserId: user.id, actorTokenId: null, action: 'dossier.create', dossierId: d.id, details: {} });
        expect(await tx.dossiers.get(org.id, d.id), 'visible inside').to.not.equal(undefined);
        throw failure;
      })
      .catch((e: unknown) => e);
    expect(caught).to.equal(failure);
    expect(dossierId).to.not.equal('');
    expect(await s.store.dossiers.get(org.id, dossierId)).to.equal(undefined);
    expect((await s.store.dossiers.list(org.id, {}, null, 100)).items).to.deep.equal([]);
    expect(await s.store.versions.list(org.id, dossierId)).to.deep.equal([]);
    expect((await s.store.audit.list(org.id, {}, null, 100)).items).to.deep.equal([]);
    expect((await s.store.dossiers.list(org.id, { lifeDomain: 'wonen' }, null, 100)).items).to.deep.equal([]);
  });

  it('nested transactions join the outer one: it commits or rolls back as a whole', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    const ids: string[] = [];
    await s.store
      .transaction(async (tx) => {
        ids.push((await seedDossier(tx, org, user)).id);
        await tx.transaction(async (inner) => {
          ids.push((await seedDossier(inner, org, user)).id);
          expect(await inner.dossiers.get(org.id, ids[0] as string), "the outer's write is visible inside").to.not.equal(undefined);
        });
        throw new Error('after the inner one');
      })
      .catch(() => undefined);
    for (const id of ids) expect(await s.store.dossiers.get(org.id, id)).to.equal(undefined);

    const kept = await s.store.transaction(async (tx) => tx.transaction(async (inner) => seedDossier(inner, org, user)));
    expect(await s.store.dossiers.get(org.id, kept.id)).to.deep.equal(kept);
  });

  it('a failed save inside a transaction does not move the dossier on', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    const d = await seedDossier(s.store, org, user);
    await addVersion(s.store, d, user);
    await s.store
      .transaction(async (tx) => {
        await addVersion(tx, d, user, '{"lost":true}');
        throw new Error('the audit entry could not be written');
      })
      .catch(() => undefined);
    expect((await s.store.dossiers.get(org.id, d.id))?.latestVersion).to.equal(1);
    expect((await s.store.versions.list(org.id, d.id)).map((v) => v.number)).to.deep.equal([1]);
    expect((await addVersion(s.store, d, user)).number, 'no gap after the rollback').to.equal(2);
  });

  it('JSON texts come back exactly as given, with their sha256', async () => {
    const org = await seedOrg(s.store);
    const user = await seedUser(s.store);
    const d = await seedDossier(s.store, org, user, { title: 'Ça — 👩‍👩‍👧 \u202E' });
    const big = `{"tekst":"${'x'.repeat(300_000)}"}`;
    const v = await addVersion(s.store, d, user, ODD_JSON);
    const vBig = await addVersion(s.store, d, user, big);
    expect((await s.store.versions.get(org.id, d.id, v.number))?.input).to.equal(ODD_JSON);
    expect((await s.store.versions.get(org.id, d.id, vBig.number))?.input).to.equal(big);
    expect(v.inputHash).to.equal(sha256(ODD_JSON));
    const a = await addAssessment(s.store, v, 'conditional', ODD_JSON);
    expect((await s.store.assessments.get(org.id, a.id))?.result).to.equal(ODD_JSON);
    expect(a.resultHash).to.equal(sha256(ODD_JSON));
    expect((await s.store.dossiers.get(org.id, d.id))?.title).to.equal('Ça — 👩‍👩‍👧 \u202E');
    const details = { text: 'é\u0301 👩‍👩‍👧', n: 1.5, ok: false, none: null };
    await s.store.audit.append({ orgId: org.id, actorUserId: user.id, actorTokenId: null, action: 'x.y', dossierId: d.id, details });
    expect((await s.store.audit.list(org.id, { dossierId: d.id }, null, 1)).items[0]?.details).to.deep.equal(details);
  });

  it('audit: appended with the clock or a given time, read newest first; nothing can change an entry', async () => {
    const org = await seedOrg(s.store);
    s.clock.set('2026-12-02T10:00:00.000Z');
    await s.store.audit.append({ orgId: org.id, actorUserId: null, actorTokenId: 'tok', action: 'token.use', dossierId: null, details: { n: 1 } });
    await s.store.audit.append({
      orgId: org.id,
      actorUserId: null,
      actorTokenId: null,
      action: 'login.failed',
      dossierId: null,
      details: {},
      at: '2026-12-01T00:00:00.000Z',
    });
    await s.store.audit.append({ orgId: null, actorUserId: null, actorTokenId: null, action: 'login.failed', dossierId: null, details: {} });
    const page = await s.store.audit.list(org.id, {}, null, 10);
    expect(page.items.map((e) => [e.action, e.at, e.actorTokenId])).to.deep.equal([
      ['login.failed', '2026-12-01T00:00:00.000Z', null],
      ['token.use', '2026-12-02T10:00:00.000Z', 'tok'],
    ]);
    expect(page.items[0]?.id).to.be.a('number');
    expect((page.items[0]?.id ?? 0) > (page.items[1]?.id ?? 0)).to.equal(true);
    expect(Object.keys(s.store.audit).sort()).to.deep.equal(['append', 'list']);
    await s.store.transaction(async (tx) => expect(Object.keys(tx.audit).sort()).to.deep.equal(['append', 'list']));
  });

  it('rendered reports: bytes kept exactly; the first of two puts of a key stays', async () => {
    const key = `report-${uniq()}`;
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    expect(await s.store.reports.get(key)).to.equal(undefined);
    await s.store.reports.put({ key, contentType: 'application/pdf', body: bytes });
    await s.store.reports.put({ key, contentType: 'text/html', body: new Uint8Array([1]) });
    const got = await s.store.reports.get(key);
    expect(got?.contentType).to.equal('application/pdf');
    expect(Buffer.from(got?.body ?? []).equals(Buffer.from(bytes))).to.equal(true);
    expect(got?.body).to.be.instanceOf(Uint8Array);
  });

  it('two stores on one database see each other’s writes', async () => {
    const other = await s.h.open();
    try {
      const org = await seedOrg(s.store);
      const user = await seedUser(other);
      const d = await seedDossier(other, org, user);
      expect(await s.store.dossiers.get(org.id, d.id)).to.deep.equal(d);
      const v = await addVersion(s.store, d, user);
      expect((await other.versions.get(org.id, d.id, 1))?.inputHash).to.equal(v.inputHash);
      await other.sessions.create({ idHash: `s-${uniq()}`, userId: user.id, csrfToken: 'x', expiresAt: '2030-01-01T00:00:00.000Z' });
      expect(await s.store.throttle.hit(`k-${d.id}`, 60_000, 0)).to.equal(1);
      expect(await other.throttle.hit(`k-${d.id}`, 60_000, 1)).to.equal(2);
    } finally {
      await other.close();
    }
  });
}
