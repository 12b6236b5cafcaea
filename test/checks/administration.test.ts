// Administration: A1–A10 on each side of their thresholds, partial bands, unknown, and the trigger.
import { expect } from 'chai';
import { outcomeOf, proposal } from '../helpers.js';

const adm = (fields: Record<string, unknown>) => proposal({ administration: fields });

describe('administration checks', () => {
  it('is not applicable when nothing must be applied for', async () => {
    const p = proposal({ screening: { triggers: { application: 'no' } }, administration: { formPages: 8 } });
    expect(await outcomeOf('A1', p)).to.equal('not-applicable');
  });

  it('A1 passes at the 2-page boundary and fails above it', async () => {
    expect(await outcomeOf('A1', adm({ formPages: 0 }))).to.equal('pass');
    expect(await outcomeOf('A1', adm({ formPages: 2 }))).to.equal('pass');
    expect(await outcomeOf('A1', adm({ formPages: 3 }))).to.equal('fail');
    expect(await outcomeOf('A1', adm({}))).to.equal('unknown');
  });

  it('A2 passes with an oral application, is partial with only a mandate, fails without either', async () => {
    expect(await outcomeOf('A2', adm({ assistedApplication: { atCounter: 'no', byPhone: 'yes' } }))).to.equal('pass');
    const mandateOnly = { assistedApplication: { atCounter: 'no', byPhone: 'no', byMandatedPerson: 'ja' } };
    expect(await outcomeOf('A2', adm(mandateOnly))).to.equal('partial');
    const none = { assistedApplication: { atCounter: 'nee', byPhone: 'nee', byMandatedPerson: 'nee' } };
    expect(await outcomeOf('A2', adm(none))).to.equal('fail');
    expect(await outcomeOf('A2', adm({ assistedApplication: { atCounter: 'no' } }))).to.equal('unknown');
  });

  it('A3 passes with a complete receipt, is partial without deadline or reference, fails without receipt', async () => {
    const full = { sameDay: 'yes', statesDecisionDeadline: 'yes', statesFileReference: 'yes' };
    expect(await outcomeOf('A3', adm({ receipt: full }))).to.equal('pass');
    expect(await outcomeOf('A3', adm({ receipt: { ...full, statesFileReference: 'no' } }))).to.equal('partial');
    expect(await outcomeOf('A3', adm({ receipt: { sameDay: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('A3', adm({ receipt: { sameDay: 'yes', statesDecisionDeadline: 'unknown' } }))).to.equal('unknown');
  });

  it('A4 passes up to 30 days, is partial up to 60, fails above or without a deadline', async () => {
    expect(await outcomeOf('A4', adm({ decisionDeadlineDays: 30 }))).to.equal('pass');
    expect(await outcomeOf('A4', adm({ decisionDeadlineDays: 31 }))).to.equal('partial');
    expect(await outcomeOf('A4', adm({ decisionDeadlineDays: 60 }))).to.equal('partial');
    expect(await outcomeOf('A4', adm({ decisionDeadlineDays: 61 }))).to.equal('fail');
    expect(await outcomeOf('A4', adm({ hasDecisionDeadline: 'no' }))).to.equal('fail');
    expect(await outcomeOf('A4', adm({ hasDecisionDeadline: 'yes' }))).to.equal('unknown');
    expect(await outcomeOf('A4', adm({}))).to.equal('unknown');
  });

  it('A5 passes for automatic or one-off rights, is partial for a pre-filled confirmation, fails for reapplying', async () => {
    expect(await outcomeOf('A5', adm({ renewal: 'automatic' }))).to.equal('pass');
    expect(await outcomeOf('A5', adm({ renewal: 'not-needed' }))).to.equal('pass');
    expect(await outcomeOf('A5', adm({ renewal: 'prefilled-confirmation' }))).to.equal('partial');
    expect(await outcomeOf('A5', adm({ renewal: 'new-application' }))).to.equal('fail');
    expect(await outcomeOf('A5', adm({ renewal: 'other-repeated-action' }))).to.equal('fail');
    expect(await outcomeOf('A5', adm({ renewal: 'unknown' }))).to.equal('unknown');
  });

  it('A6 passes with grace period and hardship clause, is partial with one, fails with none', async () => {
    expect(await outcomeOf('A6', adm({ gracePeriod: 'yes', hardshipClause: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('A6', adm({ gracePeriod: 'yes', hardshipClause: 'no' }))).to.equal('partial');
    expect(await outcomeOf('A6', adm({ gracePeriod: 'no', hardshipClause: 'no' }))).to.equal('fail');
    expect(await outcomeOf('A6', adm({ gracePeriod: 'yes' }))).to.equal('unknown');
  });

  it('A7 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('A7', adm({ singleContact: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('A7', adm({ singleContact: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('A7', adm({ singleContact: 'onbekend' }))).to.equal('unknown');
  });

  it('A8 passes for a complete plain-language letter, is partial with only the appeal route and deadline', async () => {
    const full = { hearingRight: 'yes', appealRoute: 'yes', appealDeadline: 'yes', plainLanguage: 'yes' };
    expect(await outcomeOf('A8', adm({ decisionLetter: full }))).to.equal('pass');
    expect(await outcomeOf('A8', adm({ decisionLetter: { ...full, plainLanguage: 'no' } }))).to.equal('partial');
    expect(await outcomeOf('A8', adm({ decisionLetter: { ...full, appealDeadline: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('A8', adm({ decisionLetter: { appealRoute: 'yes' } }))).to.equal('unknown');
  });

  it('A9 passes when mental load is assessed and choices limited, is partial with one', async () => {
    expect(await outcomeOf('A9', adm({ mentalLoadAssessed: 'yes', choicesLimited: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('A9', adm({ mentalLoadAssessed: 'no', choicesLimited: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('A9', adm({ mentalLoadAssessed: 'no', choicesLimited: 'no' }))).to.equal('fail');
    expect(await outcomeOf('A9', adm({}))).to.equal('unknown');
  });

  it('A10 counts the documents to supply: up to 2 pass, up to 5 partial, more fail', async () => {
    const docs = (rights: Record<string, unknown>) => proposal({ rights });
    expect(await outcomeOf('A10', docs({ documentsToSupply: 2 }))).to.equal('pass');
    expect(await outcomeOf('A10', docs({ documentsToSupply: 3 }))).to.equal('partial');
    expect(await outcomeOf('A10', docs({ documentsToSupply: 5 }))).to.equal('partial');
    expect(await outcomeOf('A10', docs({ documentsToSupply: 6 }))).to.equal('fail');
    expect(await outcomeOf('A10', docs({}))).to.equal('unknown');
  });

  it('A10 falls back on the named documents, and on none for an automatic right', async () => {
    const named = ['identiteitskaart', 'loonfiche', 'huurcontract', 'aanslagbiljet'];
    expect(await outcomeOf('A10', proposal({ rights: { documentsAsked: named } }))).to.equal('partial');
    expect(await outcomeOf('A10', proposal({ rights: { documentsAsked: named, documentsToSupply: 1 } })), 'the count wins').to.equal('pass');
    expect(await outcomeOf('A10', proposal({ rights: { granting: 'automatic' } }))).to.equal('pass');
  });
});
