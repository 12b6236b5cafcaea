// Display names of the people behind ids (authors, recorders, owners), for pages and reports: each user
// read once per call, and a stand-in of the caller's choosing for an id whose user is gone.
import type { Store } from '../../store/types.js';

/** A lookup of display names, each user read at most once; `missing` for an id without a user. */
export function nameLookup(store: Store, missing: string): (id: string) => Promise<string> {
  const seen = new Map<string, Promise<string>>();
  return (id) => {
    let name = seen.get(id);
    if (!name) seen.set(id, (name = store.users.get(id).then((u) => u?.displayName ?? missing)));
    return name;
  };
}

/**
 * The display names of `ids` (nulls skipped, each read once). Without `missing` an id whose user is gone
 * is left out of the map, for the caller's own stand-in.
 */
export async function namesOf(store: Store, ids: Iterable<string | null>, missing?: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter((id): id is string => id !== null);
  const users = await Promise.all(unique.map((id) => store.users.get(id)));
  const names = new Map<string, string>();
  unique.forEach((id, i) => {
    const name = users[i]?.displayName ?? missing;
    if (name !== undefined) names.set(id, name);
  });
  return names;
}
