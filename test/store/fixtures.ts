// Rows the storage tests build on, with unique names so that tests share one database.
import { expect } from 'chai';
import { ArmoedetoetsError, type ErrorCode } from '../../src/errors.js';
import type { Dossier, Organisation, Store, User, Version } from '../../src/store/types.js';
import { uniq } from './harness.js';

export function seedOrg(store: Store, name = 'Gemeente Voorbeeld'): Promise<Organisation> {
  return store.orgs.create({ slug: `org-${uniq()}`, name, kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] });
}

export function seedUser(store: Store, platformAdmin = false, passwordHash: string | null = null): Promise<User> {
  return store.users.create({ email: `user-${uniq()}@example.be`, displayName: 'Test Gebruiker', passwordHash, platformAdmin });
}

export function seedDossier(store: Store, org: Organisation, owner: User, over: Partial<Parameters<Store['dossiers']['create']>[0]> = {}): Promise<Dossier> {
  return store.dossiers.create({ orgId: org.id, kind: 'proposal', title: 'Toeslag voor schoolkosten', lifeDomains: ['onderwijs'], ownerId: owner.id, ...over });
}

export function addVersion(store: Store, dossier: Dossier, author: User, input = '{"kind":"proposal"}'): Promise<Version> {
  return store.versions.add({ orgId: dossier.orgId, dossierId: dossier.id, input, authorId: author.id });
}

export function addAssessment(
  store: Store,
  version: Version,
  verdict: 'favourable' | 'conditional' | 'unfavourable' = 'favourable',
  result = '{"verdict":{}}',
) {
  return store.assessments.add({
    versionId: version.id,
    packName: 'vlaanderen',
    packVersion: '2026.1',
    packHash: 'a'.repeat(64),
    overlayVersion: null,
    overlayHash: null,
    referenceDate: '2026-12-01',
    result,
    verdict,
    scoreLow: 61.5,
    scoreHigh: 72.5,
    createdBy: null,
  });
}

/** The promise rejects with an ArmoedetoetsError of this code; returns the error. */
export async function rejectsWith(p: Promise<unknown>, code: ErrorCode): Promise<ArmoedetoetsError> {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(ArmoedetoetsError);
    expect((e as ArmoedetoetsError).code).to.equal(code);
    return e as ArmoedetoetsError;
  }
  return expect.fail(`expected an ArmoedetoetsError ${code}`);
}
