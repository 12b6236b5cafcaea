// What the account routes return: users without their password hash, organisations with the caller's role.
import type { Membership, Organisation, Role, Store, User } from '../../store/types.js';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
}

export interface OrgView {
  id: string;
  slug: string;
  name: string;
  kind: Organisation['kind'];
  region: Organisation['region'];
  languages: Organisation['languages'];
}

export function userView(u: User): UserView {
  return { id: u.id, email: u.email, displayName: u.displayName, platformAdmin: u.platformAdmin };
}

export function orgView(o: Organisation): OrgView {
  return { id: o.id, slug: o.slug, name: o.name, kind: o.kind, region: o.region, languages: o.languages };
}

/** The user's organisations with their role in each, by name. */
export async function membershipsView(store: Store, userId: string): Promise<{ org: OrgView; role: Role }[]> {
  const memberships: Membership[] = await store.memberships.forUser(userId);
  const rows = await Promise.all(
    memberships.map(async (m) => {
      const org = await store.orgs.get(m.orgId);
      return org ? { org: orgView(org), role: m.role } : undefined;
    }),
  );
  return rows.filter((r) => r !== undefined).sort((a, b) => a.org.name.localeCompare(b.org.name));
}
