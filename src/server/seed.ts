// The demo organisation of a first start: "Gemeente Voorbeeld" holding the shipped examples as dossiers,
// one version each, owned by a system user that cannot log in. All in one transaction: a start that dies
// halfway leaves nothing, and the next start seeds again.
import { exampleFiles, readExample } from '../examples.js';
import type { Organisation, Store, User, Version } from '../store/types.js';
import { validateInput, type ValidInput } from '../validation/validate.js';

export const DEMO_ORG_SLUG = 'voorbeeld';
export const DEMO_ORG = { slug: DEMO_ORG_SLUG, name: 'Gemeente Voorbeeld', kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] } as const;
/** The examples' owner and author: no password and disabled, so nobody logs in as it. `.invalid` is reserved (RFC 2606). */
export const EXAMPLES_USER = { email: 'voorbeelden@armoedetoets.invalid', displayName: 'Voorbeelden van armoedetoets' } as const;

/** Assesses a stored version inside the seed's transaction (the API's service, when there is one). */
export type AssessHook = (tx: Store, org: Organisation, version: Version, input: ValidInput) => Promise<void>;

export interface SeedResult {
  created: boolean;
  dossiers: number;
}

/** The life domains a dossier lists: those of the input's screening, in order, once each. */
export function lifeDomainsOf(input: ValidInput): string[] {
  const screening = input['screening'] as { lifeDomains?: { domain?: unknown }[] } | undefined;
  const domains = (screening?.lifeDomains ?? []).map((d) => d.domain).filter((d): d is string => typeof d === 'string');
  return [...new Set(domains)];
}

/** Seeds the demo organisation unless it exists. `assess` is called for each version when given. */
export async function seedDemo(store: Store, assess?: AssessHook): Promise<SeedResult> {
  if (await store.orgs.bySlug(DEMO_ORG_SLUG)) return { created: false, dossiers: 0 };
  // read and validated before the transaction: a broken example fails the start without touching the database
  const inputs = exampleFiles().map((file) => validateInput(readExample(file)));
  try {
    return await seedIn(store, inputs, assess);
  } catch (e) {
    // Two instances starting at once on one PostgreSQL: the slower one loses on the unique slug, and that is fine.
    if (await store.orgs.bySlug(DEMO_ORG_SLUG)) return { created: false, dossiers: 0 };
    throw e;
  }
}

function seedIn(store: Store, inputs: ValidInput[], assess: AssessHook | undefined): Promise<SeedResult> {
  return store.transaction(async (tx) => {
    if (await tx.orgs.bySlug(DEMO_ORG_SLUG)) return { created: false, dossiers: 0 };
    const org = await tx.orgs.create({ ...DEMO_ORG, languages: [...DEMO_ORG.languages] });
    const owner: User =
      (await tx.users.byEmail(EXAMPLES_USER.email)) ?? (await tx.users.create({ ...EXAMPLES_USER, passwordHash: null, platformAdmin: false }));
    if (owner.disabledAt === null) await tx.users.setDisabled(owner.id, true);
    for (const input of inputs) {
      const dossier = await tx.dossiers.create({
        orgId: org.id,
        kind: input.kind,
        title: input.meta.title,
        lifeDomains: lifeDomainsOf(input),
        ownerId: owner.id,
      });
      const version = await tx.versions.add({ orgId: org.id, dossierId: dossier.id, input: JSON.stringify(input), authorId: owner.id });
      await tx.audit.append({
        orgId: org.id,
        actorUserId: null,
        actorTokenId: null,
        action: 'dossier.create',
        dossierId: dossier.id,
        details: { seeded: true },
      });
      await tx.audit.append({
        orgId: org.id,
        actorUserId: null,
        actorTokenId: null,
        action: 'version.add',
        dossierId: dossier.id,
        details: { number: version.number },
      });
      if (assess) await assess(tx, org, version, input);
    }
    return { created: true, dossiers: inputs.length };
  });
}
