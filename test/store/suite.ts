// The storage suite, written once and run for each database (sqlite.test.ts, postgres.test.ts).
import type { Store } from '../../src/store/types.js';
import { TestClock, type Harness } from './harness.js';
import { accountTests } from './suite-accounts.js';
import { actionTests } from './suite-actions.js';
import { councilTests } from './suite-council.js';
import { dossierTests } from './suite-dossiers.js';
import { draftTests } from './suite-drafts.js';
import { integrityTests } from './suite-integrity.js';
import { listTests } from './suite-lists.js';

export interface SuiteState {
  h: Harness;
  store: Store;
  clock: TestClock;
  /** What the fresh database had pending, and what the first migrate() applied. */
  pendingBefore: string[];
  applied: string[];
}

export function storeSuite(make: () => Harness | Promise<Harness>): void {
  const s = {} as SuiteState;
  before(async function () {
    this.timeout(30_000);
    s.h = await make();
    s.clock = new TestClock();
    s.store = await s.h.open(s.clock.now);
    s.pendingBefore = await s.store.pendingMigrations();
    s.applied = await s.store.migrate();
  });
  after(async () => {
    await s.store?.close();
    await s.h?.cleanup();
  });

  describe('accounts', () => accountTests(s));
  describe('dossiers, versions, assessments', () => dossierTests(s));
  describe('lists', () => listTests(s));
  describe('integrity', () => integrityTests(s));
  describe('actions of service audits', () => actionTests(s));
  describe('council', () => councilTests(s));
  describe('drafts', () => draftTests(s));
}
