// Shared setup of the API tests: a real SQLite store in a temporary folder, an organisation, a user, the examples.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { openStore } from '../../src/store/open.js';
import type { Lang } from '../../src/types.js';
import type { Organisation, Store, User } from '../../src/store/types.js';
import { TEST_DATE } from '../helpers.js';

/** Noon in Brussels on the tests' pinned date: "today" for the server is TEST_DATE. */
export const TEST_NOW = new Date(`${TEST_DATE}T10:00:00.000Z`);

export interface TestStore {
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

/** A migrated SQLite store in its own temporary DATA_DIR (never ./data). */
export async function testStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'armoedetoets-api-'));
  const store = await openStore({ databaseUrl: null, dataDir });
  await store.migrate();
  return {
    store,
    dataDir,
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let users = 0;

export async function seedOrg(store: Store, slug: string, languages: Lang[] = ['nl']): Promise<{ org: Organisation; user: User }> {
  const org = await store.orgs.create({ slug, name: `Gemeente ${slug}`, kind: 'gemeente', region: 'vlaanderen', languages });
  const user = await store.users.create({
    email: `u${++users}-${slug}@example.org`,
    displayName: `Gebruiker ${users}`,
    passwordHash: null,
    platformAdmin: false,
  });
  await store.memberships.set(user.id, org.id, 'admin');
  return { org, user };
}

export function exampleText(name: string): string {
  const dir = name.includes('drempelscan') ? 'audits' : 'proposals';
  return readFileSync(join('examples', dir, `${name}.yaml`), 'utf8');
}

export function example(name: string): Record<string, unknown> {
  return parse(exampleText(name)) as Record<string, unknown>;
}

/** Every file of an overlay folder as relative path → text (what an upload holds). */
export function overlayTexts(dir: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
