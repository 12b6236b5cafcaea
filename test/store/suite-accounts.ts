// Organisations, users, memberships, sessions, one-time links, API tokens and throttling.
import { expect } from 'chai';
import type { SuiteState } from './suite.js';
import { rejectsWith, seedOrg, seedUser } from './fixtures.js';
import { uniq } from './harness.js';

export function accountTests(s: SuiteState): void {
  it('organisations: create, read by id and slug, list, update; a taken slug is a CONFLICT', async () => {
    const slug = `brussel-${uniq()}`;
    const org = await s.store.orgs.create({ slug, name: 'CPAS de Bruxelles', kind: 'cpas', region: 'brussel', languages: ['fr', 'nl'] });
    expect(await s.store.orgs.get(org.id)).to.deep.equal(org);
    expect(await s.store.orgs.bySlug(slug)).to.deep.equal(org);
    expect(await s.store.orgs.get('missing')).to.equal(undefined);
    await s.store.orgs.update(org.id, { name: 'OCMW Brussel', languages: ['nl', 'fr'] });
    const after = await s.store.orgs.get(org.id);
    expect(after).to.include({ name: 'OCMW Brussel', slug });
    expect(after?.languages).to.deep.equal(['nl', 'fr']);
    expect((await s.store.orgs.list()).map((o) => o.id)).to.include(org.id);
    const e = await rejectsWith(s.store.orgs.create({ slug, name: 'Ander', kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] }), 'CONFLICT');
    expect(e.issues[0]?.path).to.equal('slug');
  });

  it('users: e-mail lower-cased and unique, password, disabling, counting active platform administrators', async () => {
    const email = `Els.${uniq()}@Gent.BE`;
    const user = await s.store.users.create({ email, displayName: 'Els', passwordHash: null, platformAdmin: false });
    expect(user.email).to.equal(email.toLowerCase());
    expect(await s.store.users.byEmail(email.toUpperCase())).to.deep.equal(user);
    expect(await s.store.users.get(user.id)).to.deep.equal(user);
    await rejectsWith(s.store.users.create({ email: email.toLowerCase(), displayName: 'Twee', passwordHash: null, platformAdmin: false }), 'CONFLICT');

    const admins = await s.store.users.countActiveAdmins();
    const admin = await seedUser(s.store, true);
    expect(await s.store.users.countActiveAdmins(), 'an administrator without a password is not active').to.equal(admins);
    await s.store.users.setPassword(admin.id, '$argon2id$v=19$test');
    expect((await s.store.users.get(admin.id))?.passwordHash).to.equal('$argon2id$v=19$test');
    expect(await s.store.users.countActiveAdmins()).to.equal(admins + 1);
    await s.store.users.setPassword(user.id, '$argon2id$v=19$other');
    expect(await s.store.users.countActiveAdmins(), 'not a platform administrator').to.equal(admins + 1);

    await s.store.users.setDisabled(admin.id, true);
    const disabledAt = (await s.store.users.get(admin.id))?.disabledAt;
    expect(disabledAt).to.be.a('string');
    expect(await s.store.users.countActiveAdmins()).to.equal(admins);
    s.clock.tick(1000);
    await s.store.users.setDisabled(admin.id, true);
    expect((await s.store.users.get(admin.id))?.disabledAt, 'disabling twice keeps the first date').to.equal(disabledAt);
    await s.store.users.setDisabled(admin.id, false);
    expect((await s.store.users.get(admin.id))?.disabledAt).to.equal(null);
    expect(await s.store.users.countActiveAdmins()).to.equal(admins + 1);
  });

  it('memberships: one role per user and organisation, listed both ways', async () => {
    const [a, b] = [await seedOrg(s.store), await seedOrg(s.store)];
    const user = await seedUser(s.store);
    await s.store.memberships.set(user.id, a.id, 'council-member');
    await s.store.memberships.set(user.id, b.id, 'ocmw-staff');
    await s.store.memberships.set(user.id, a.id, 'council-chair');
    expect(await s.store.memberships.roleIn(user.id, a.id)).to.equal('council-chair');
    expect(await s.store.memberships.roleIn(user.id, b.id)).to.equal('ocmw-staff');
    expect((await s.store.memberships.forUser(user.id)).map((m) => [m.orgId, m.role]).sort()).to.deep.equal(
      [
        [a.id, 'council-chair'],
        [b.id, 'ocmw-staff'],
      ].sort(),
    );
    const inA = await s.store.memberships.forOrg(a.id);
    expect(inA).to.have.length(1);
    expect(inA[0]).to.include({ userId: user.id, role: 'council-chair', email: user.email, displayName: user.displayName });
    await s.store.memberships.remove(user.id, a.id);
    expect(await s.store.memberships.roleIn(user.id, a.id)).to.equal(undefined);
    expect(await s.store.memberships.forOrg(a.id)).to.deep.equal([]);
    expect(await s.store.memberships.roleIn(user.id, b.id)).to.equal('ocmw-staff');
  });

  it('foreign keys hold: a membership of a user that does not exist is refused', async () => {
    const org = await seedOrg(s.store);
    let failed = false;
    await s.store.memberships.set('no-such-user', org.id, 'admin').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await s.store.memberships.forOrg(org.id)).to.deep.equal([]);
  });

  it('sessions: read until they expire, touched, deleted one by one or per user, purged', async () => {
    const user = await seedUser(s.store);
    const other = await seedUser(s.store);
    const hash = (n: number) => `${uniq()}${n}`.padEnd(64, '0');
    const [h1, h2, h3] = [hash(1), hash(2), hash(3)];
    const session = await s.store.sessions.create({ idHash: h1, userId: user.id, csrfToken: 'c'.repeat(64), expiresAt: '2026-12-02T08:00:00.000Z' });
    expect(session.createdAt).to.equal(session.lastSeenAt);
    expect(await s.store.sessions.get(h1, '2026-12-02T07:59:59.999Z')).to.deep.equal(session);
    expect(await s.store.sessions.get(h1, '2026-12-02T08:00:00.000Z'), 'expired at its expiry time').to.equal(undefined);
    await s.store.sessions.touch(h1, '2026-12-02T07:45:00.000Z', '2026-12-02T09:00:00.000Z');
    expect(await s.store.sessions.get(h1, '2026-12-02T08:30:00.000Z')).to.include({
      lastSeenAt: '2026-12-02T07:45:00.000Z',
      expiresAt: '2026-12-02T09:00:00.000Z',
    });
    await s.store.sessions.create({ idHash: h2, userId: user.id, csrfToken: 'd', expiresAt: '2026-12-02T07:40:00.000Z' });
    await s.store.sessions.create({ idHash: h3, userId: other.id, csrfToken: 'e', expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(await s.store.sessions.purgeExpired('2026-12-02T07:50:00.000Z')).to.be.at.least(1);
    expect(await s.store.sessions.get(h2, '2026-12-02T07:00:00.000Z'), 'purged').to.equal(undefined);
    await s.store.sessions.deleteForUser(user.id);
    expect(await s.store.sessions.get(h1, '2026-12-02T07:50:00.000Z')).to.equal(undefined);
    expect(await s.store.sessions.get(h3, '2026-12-02T07:50:00.000Z'), "another user's session stays").to.not.equal(undefined);
    await s.store.sessions.delete(h3);
    expect(await s.store.sessions.get(h3, '2026-12-02T07:50:00.000Z')).to.equal(undefined);
  });

  it('one-time links: peeked without using them, consumed once, never after expiry', async () => {
    const user = await seedUser(s.store);
    const t = uniq();
    const link = await s.store.links.create({
      tokenHash: `reset-${t}`,
      purpose: 'reset',
      userId: user.id,
      createdBy: null,
      expiresAt: '2026-12-03T07:31:00.000Z',
    });
    expect(link.usedAt).to.equal(null);
    expect(await s.store.links.peek(link.tokenHash, '2026-12-02T08:00:00.000Z')).to.deep.equal(link);
    expect(await s.store.links.consume(link.tokenHash, '2026-12-03T07:31:00.000Z'), 'expired').to.equal(undefined);
    const used = await s.store.links.consume(link.tokenHash, '2026-12-02T08:00:00.000Z');
    expect(used).to.deep.equal({ ...link, usedAt: '2026-12-02T08:00:00.000Z' });
    expect(await s.store.links.consume(link.tokenHash, '2026-12-02T08:00:01.000Z'), 'used').to.equal(undefined);
    expect(await s.store.links.peek(link.tokenHash, '2026-12-02T08:00:01.000Z')).to.equal(undefined);
    expect(await s.store.links.consume(`missing-${t}`, '2026-12-02T08:00:00.000Z')).to.equal(undefined);
  });

  it('one-time links: of 10 concurrent consumes exactly one succeeds', async () => {
    const setup = await s.store.links.create({
      tokenHash: `setup-${uniq()}`,
      purpose: 'setup',
      userId: null,
      createdBy: null,
      expiresAt: '2026-12-03T07:31:00.000Z',
    });
    const results = await Promise.all(Array.from({ length: 10 }, () => s.store.links.consume(setup.tokenHash, '2026-12-02T08:00:00.000Z')));
    expect(results.filter((r) => r !== undefined)).to.have.length(1);
  });

  it('API tokens: found by hash until revoked, last use recorded, revoked only within their organisation', async () => {
    const [org, other] = [await seedOrg(s.store), await seedOrg(s.store)];
    const creator = await seedUser(s.store);
    const token = await s.store.tokens.create({ orgId: org.id, role: 'ocmw-staff', name: 'DMS', tokenHash: `tok-${uniq()}`, createdBy: creator.id });
    expect(token).to.include({ revokedAt: null, lastUsedAt: null });
    expect(await s.store.tokens.byHash(token.tokenHash)).to.deep.equal(token);
    await s.store.tokens.markUsed(token.id, '2026-12-02T09:00:00.000Z');
    expect((await s.store.tokens.byHash(token.tokenHash))?.lastUsedAt).to.equal('2026-12-02T09:00:00.000Z');
    expect((await s.store.tokens.list(org.id)).map((t) => t.id)).to.deep.equal([token.id]);
    expect(await s.store.tokens.list(other.id)).to.deep.equal([]);
    expect(await s.store.tokens.revoke(other.id, token.id, '2026-12-02T10:00:00.000Z'), "another organisation's token").to.equal(false);
    expect(await s.store.tokens.byHash(token.tokenHash)).to.not.equal(undefined);
    expect(await s.store.tokens.revoke(org.id, token.id, '2026-12-02T10:00:00.000Z')).to.equal(true);
    expect(await s.store.tokens.revoke(org.id, token.id, '2026-12-02T11:00:00.000Z'), 'already revoked').to.equal(false);
    expect(await s.store.tokens.byHash(token.tokenHash)).to.equal(undefined);
    expect((await s.store.tokens.list(org.id))[0]?.revokedAt).to.equal('2026-12-02T10:00:00.000Z');
  });

  it('throttle: counts hits in a fixed window, starts again in the next one, resets on demand', async () => {
    const key = `login:${uniq()}`;
    const minute = 60_000;
    const t0 = Date.parse('2026-12-02T07:31:00.000Z');
    const counts = [];
    for (const dt of [0, 1, 30_000, 59_999]) counts.push(await s.store.throttle.hit(key, minute, t0 + dt));
    expect(counts).to.deep.equal([1, 2, 3, 4]);
    expect(await s.store.throttle.hit(`${key}:other`, minute, t0), 'keys count apart').to.equal(1);
    expect(await s.store.throttle.hit(key, minute, t0 + minute), 'the next window').to.equal(1);
    expect(await s.store.throttle.hit(key, minute, t0 + minute + 5)).to.equal(2);
    await s.store.throttle.reset(key);
    expect(await s.store.throttle.hit(key, minute, t0 + minute + 6)).to.equal(1);
  });

  it('throttle: 20 concurrent hits count 1 to 20, none lost', async () => {
    const key = `addr:${uniq()}`;
    const t0 = Date.parse('2026-12-02T07:31:00.000Z');
    const counts = await Promise.all(Array.from({ length: 20 }, () => s.store.throttle.hit(key, 60_000, t0)));
    expect([...counts].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
  });
}
