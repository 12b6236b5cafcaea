// Actions of service audits: created from an audit's action plan once (twice adds nothing, also when
// two run at once), followed up, counted as open and overdue, and invisible to other organisations.
import { expect } from 'chai';
import type { Store } from '../../src/store/types.js';
import type { SuiteState } from './suite.js';
import { addVersion, rejectsWith, seedDossier, seedOrg, seedUser } from './fixtures.js';

const STEPS = [
  { checkId: 'T1', title: 'Open één avond per week', position: 1 },
  { checkId: 'I4', title: 'Vertaal de kerninformatie', position: 2 },
  { checkId: 'TR2', title: 'Zorg voor een aparte ruimte', position: 3 },
];

async function service(store: Store) {
  const org = await seedOrg(store);
  const user = await seedUser(store);
  const d = await seedDossier(store, org, user, { kind: 'service-audit', title: 'Onthaal' });
  const v1 = await addVersion(store, d, user, '{"kind":"service-audit"}');
  return { org, user, d, v1 };
}

export function actionTests(s: SuiteState): void {
  it('creates one open action per step of the plan, in the order of the plan; a second time adds nothing', async () => {
    const { org, user, d, v1 } = await service(s.store);
    const first = await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id });
    expect(first.skipped).to.equal(0);
    expect(first.created.map((a) => a.checkId)).to.deep.equal(['T1', 'I4', 'TR2']);
    expect(first.created[0]).to.include({
      orgId: org.id,
      dossierId: d.id,
      versionId: v1.id,
      versionNumber: 1,
      status: 'open',
      note: '',
      dueDate: null,
      ownerUserId: null,
      ownerName: null,
      createdBy: user.id,
      updatedBy: user.id,
    });
    const again = await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id });
    expect(again).to.deep.equal({ created: [], skipped: 3 });
    const list = await s.store.actions.listForDossier(org.id, d.id);
    expect(list).to.deep.equal(first.created);
    expect(await s.store.actions.get(org.id, first.created[1]?.id as string)).to.deep.equal(first.created[1]);
  });

  it('two creations at once from the same plan make each action once', async () => {
    const { org, user, d } = await service(s.store);
    const make = () => s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id });
    const results = await Promise.all([make(), make(), make()]);
    expect(results.reduce((n, r) => n + r.created.length, 0)).to.equal(3);
    expect((await s.store.actions.listForDossier(org.id, d.id)).map((a) => a.checkId)).to.deep.equal(['T1', 'I4', 'TR2']);
  });

  it('a later audit: new actions for its plan, except where an action of an earlier audit is still open; listed newest audit first', async () => {
    const { org, user, d } = await service(s.store);
    const first = (await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id })).created;
    // TR2 was done, yet its barrier is back in the second audit: a new action. I4 is still being worked on: it carries on.
    await s.store.actions.update(org.id, first[2]?.id as string, { status: 'done' }, user.id);
    await s.store.actions.update(org.id, first[1]?.id as string, { status: 'in-progress' }, user.id);
    await addVersion(s.store, d, user, '{"kind":"service-audit","n":2}');
    const second = await s.store.actions.createFromPlan({
      orgId: org.id,
      dossierId: d.id,
      versionNumber: 2,
      steps: [
        { checkId: 'A3', title: 'Geef een ontvangstbewijs', position: 1 },
        { checkId: 'I4', title: 'Vertaal de kerninformatie', position: 2 },
        { checkId: 'TR2', title: 'Zorg voor een aparte ruimte', position: 3 },
      ],
      by: null,
    });
    expect(second.skipped).to.equal(1);
    expect(second.created.map((a) => `${a.versionNumber}:${a.checkId}`)).to.deep.equal(['2:A3', '2:TR2']);
    const list = await s.store.actions.listForDossier(org.id, d.id);
    expect(list.map((a) => `${a.versionNumber}:${a.checkId}`)).to.deep.equal(['2:A3', '2:TR2', '1:T1', '1:I4', '1:TR2']);
  });

  it('an audit that is not there, or of another organisation, is NOT_FOUND and creates nothing', async () => {
    const { org, user, d } = await service(s.store);
    const other = await seedOrg(s.store);
    await rejectsWith(s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 2, steps: STEPS, by: user.id }), 'NOT_FOUND');
    await rejectsWith(s.store.actions.createFromPlan({ orgId: other.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id }), 'NOT_FOUND');
    expect(await s.store.actions.listForDossier(org.id, d.id)).to.deep.equal([]);
  });

  it('updates only the fields given, with who and when; another organisation sees nothing and changes nothing', async () => {
    const { org, user, d } = await service(s.store);
    const other = await seedOrg(s.store);
    const [a] = (await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id })).created;
    const id = a?.id as string;
    const editor = await seedUser(s.store);
    s.clock.tick(1000);
    const changed = await s.store.actions.update(org.id, id, { status: 'in-progress', ownerName: 'Sarah', dueDate: '2026-12-31' }, editor.id);
    expect(changed).to.include({ status: 'in-progress', ownerName: 'Sarah', ownerUserId: null, dueDate: '2026-12-31', note: '', updatedBy: editor.id });
    expect((changed?.updatedAt ?? '') > (a?.updatedAt ?? '')).to.equal(true);
    const owned = await s.store.actions.update(org.id, id, { ownerUserId: editor.id, ownerName: null, note: 'Met het team besproken' }, editor.id);
    expect(owned).to.include({ status: 'in-progress', ownerName: null, ownerUserId: editor.id, dueDate: '2026-12-31', note: 'Met het team besproken' });
    expect(await s.store.actions.update(other.id, id, { status: 'done' }, editor.id)).to.equal(undefined);
    expect(await s.store.actions.get(other.id, id)).to.equal(undefined);
    expect(await s.store.actions.listForDossier(other.id, d.id)).to.deep.equal([]);
    expect((await s.store.actions.get(org.id, id))?.status).to.equal('in-progress');
    expect(await s.store.actions.update(org.id, 'missing', { status: 'done' }, editor.id)).to.equal(undefined);
  });

  it('overdue: open or in progress with a due date before today; counted per service with the open ones', async () => {
    const { org, user, d } = await service(s.store);
    const [late, soon, done] = (await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id })).created;
    await s.store.actions.update(org.id, late?.id as string, { dueDate: '2026-11-30', status: 'in-progress' }, user.id);
    await s.store.actions.update(org.id, soon?.id as string, { dueDate: '2026-12-02' }, user.id);
    await s.store.actions.update(org.id, done?.id as string, { dueDate: '2026-01-01', status: 'done' }, user.id);
    const overdue = await s.store.actions.overdue(org.id, '2026-12-02', 10);
    expect(overdue.map((a) => a.id)).to.deep.equal([late?.id]);
    expect(await s.store.actions.counts(org.id, '2026-12-02')).to.deep.equal([{ dossierId: d.id, open: 2, overdue: 1 }]);
    expect(await s.store.actions.counts(org.id, '2026-12-03')).to.deep.equal([{ dossierId: d.id, open: 2, overdue: 2 }]);
    const other = await seedOrg(s.store);
    expect(await s.store.actions.overdue(other.id, '2026-12-31', 10)).to.deep.equal([]);
    expect(await s.store.actions.counts(other.id, '2026-12-31')).to.deep.equal([]);
  });

  it("a deleted service's actions disappear from every read", async () => {
    const { org, user, d } = await service(s.store);
    const [a] = (await s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id })).created;
    await s.store.actions.update(org.id, a?.id as string, { dueDate: '2020-01-01' }, user.id);
    await s.store.dossiers.softDelete(org.id, d.id, s.clock.now().toISOString());
    expect(await s.store.actions.listForDossier(org.id, d.id)).to.deep.equal([]);
    expect(await s.store.actions.get(org.id, a?.id as string)).to.equal(undefined);
    expect(await s.store.actions.overdue(org.id, '2026-12-31', 10)).to.deep.equal([]);
    expect(await s.store.actions.counts(org.id, '2026-12-31')).to.deep.equal([]);
    await rejectsWith(s.store.actions.createFromPlan({ orgId: org.id, dossierId: d.id, versionNumber: 1, steps: STEPS, by: user.id }), 'NOT_FOUND');
  });
}
