// Rights: R1–R8 on each side of their conditions, with automatic granting shaping R2–R4.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const rights = (r: Record<string, unknown>) => proposal({ rights: r });

describe('rights checks', () => {
  it('R1 (knock-out) passes when automatic, partial when partly automatic, fails on request only', async () => {
    expect(await outcomeOf('R1', rights({ granting: 'automatic' }))).to.equal('pass');
    expect(await outcomeOf('R1', rights({ granting: 'partly-automatic' }))).to.equal('partial');
    expect(await outcomeOf('R1', rights({ granting: 'on-request', dataSources: ['crossroads-bank'] }))).to.equal('fail');
    expect(await outcomeOf('R1', rights({ granting: 'unknown' }))).to.equal('unknown');
    expect(await outcomeOf('R1', rights({ granting: 'on-request' })), 'data availability unknown').to.equal('unknown');
  });

  it('R1 does not apply when the administration cannot hold or obtain the data', async () => {
    expect(await outcomeOf('R1', rights({ granting: 'on-request', dataAvailable: 'no' }))).to.equal('not-applicable');
    expect(await outcomeOf('R1', rights({ granting: 'on-request', dataAvailable: 'yes' }))).to.equal('fail');
  });

  it('R1 is not applicable when the proposal touches no right', async () => {
    const p = { ...rights({ granting: 'on-request' }), screening: { triggers: { right: 'no' } } };
    expect(await outcomeOf('R1', p)).to.equal('not-applicable');
  });

  it('R2 asks for outreach through several channels when the right is not automatic', async () => {
    expect(await outcomeOf('R2', rights({ granting: 'on-request', outreachChannels: ['letter', 'partners'] }))).to.equal('pass');
    expect(await outcomeOf('R2', rights({ granting: 'partly-automatic', outreachChannels: ['letter'] }))).to.equal('partial');
    expect(await outcomeOf('R2', rights({ granting: 'on-request', proactiveOutreach: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('R2', rights({ granting: 'on-request', proactiveOutreach: 'no' }))).to.equal('fail');
    expect(await outcomeOf('R2', rights({ granting: 'on-request' }))).to.equal('unknown');
    expect(await outcomeOf('R2', rights({ granting: 'automatic', proactiveOutreach: 'no' }))).to.equal('not-applicable');
  });

  it('R3 is green up to 1 step, orange for 2–3, red above 3', async () => {
    expect(await outcomeOf('R3', rights({ steps: 1 })), 'boundary').to.equal('pass');
    expect(await outcomeOf('R3', rights({ steps: 2 }))).to.equal('partial');
    expect(await outcomeOf('R3', rights({ steps: 3 })), 'boundary').to.equal('partial');
    expect(await outcomeOf('R3', rights({ steps: 4 }))).to.equal('fail');
    expect(await outcomeOf('R3', rights({ granting: 'automatic' })), 'automatic = 0 steps').to.equal('pass');
    expect(await outcomeOf('R3', rights({ granting: 'on-request' }))).to.equal('unknown');
  });

  it('R4 targets zero documents the administration could fetch itself', async () => {
    expect(await outcomeOf('R4', rights({ retrievableDocuments: 0 }))).to.equal('pass');
    expect(await outcomeOf('R4', rights({ retrievableDocuments: 1 }))).to.equal('fail');
    expect(await outcomeOf('R4', rights({ granting: 'automatic' }))).to.equal('pass');
    expect(await outcomeOf('R4', rights({}))).to.equal('unknown');
  });

  it('R4 passes when no document at all must be supplied, and shows the count even without names', async () => {
    expect(await outcomeOf('R4', rights({ granting: 'on-request', documentsToSupply: 0 }))).to.equal('pass');
    expect(await outcomeOf('R4', rights({ documentsToSupply: 3 })), 'which of them could be fetched is not known').to.equal('unknown');
    const c = check(await run(rights({ documentsToSupply: 3, retrievableDocuments: 2 })), 'R4');
    expect([c.outcome, c.facts['rights.documentsToSupply']]).to.deep.equal(['fail', 3]);
  });

  it('R5 needs an estimate and a target of at least 80 %', async () => {
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.8, takeUpTarget: 0.8 })), 'boundary').to.equal('pass');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.6, takeUpTarget: 0.9 }))).to.equal('partial');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.6, takeUpTarget: 0.7 }))).to.equal('fail');
    expect(await outcomeOf('R5', rights({ takeUpEstimated: 'no' }))).to.equal('fail');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.85 })), 'no target yet').to.equal('unknown');
    expect(await outcomeOf('R5', rights({}))).to.equal('unknown');
  });

  it('R5 treats "no target set" as known: partial with a good estimate, fail with a poor one', async () => {
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.85, takeUpTargetSet: 'no' }))).to.equal('partial');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.6, takeUpTargetSet: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.85, takeUpTargetSet: 'yes' })), 'set, but the figure is missing').to.equal('unknown');
    expect(await outcomeOf('R5', rights({ expectedTakeUp: 0.85, takeUpTarget: 0.8 })), 'a figure means a target is set').to.equal('pass');
  });

  it('R6 passes when take-up is monitored including changing situations', async () => {
    expect(await outcomeOf('R6', rights({ takeUpMonitored: 'yes', changingSituationsMonitored: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('R6', rights({ takeUpMonitored: 'yes', changingSituationsMonitored: 'no' }))).to.equal('partial');
    expect(await outcomeOf('R6', rights({ takeUpMonitored: 'no' }))).to.equal('fail');
    expect(await outcomeOf('R6', rights({ takeUpMonitored: 'yes' }))).to.equal('unknown');
  });

  it('R7 passes with the Sociaal Huis and the Rechtenverkenner, partial with one', async () => {
    expect(await outcomeOf('R7', rights({ inSociaalHuis: 'yes', inRechtenverkenner: 'ja' }))).to.equal('pass');
    expect(await outcomeOf('R7', rights({ inSociaalHuis: 'yes', inRechtenverkenner: 'nee' }))).to.equal('partial');
    expect(await outcomeOf('R7', rights({ inSociaalHuis: 'no', inRechtenverkenner: 'no' }))).to.equal('fail');
    expect(await outcomeOf('R7', rights({ inSociaalHuis: 'no' }))).to.equal('unknown');
  });

  it('R8 follows whether staff are instructed to propose the right', async () => {
    expect(await outcomeOf('R8', rights({ staffInstructed: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('R8', rights({ staffInstructed: 'no' }))).to.equal('fail');
    expect(await outcomeOf('R8', rights({ staffInstructed: 'onbekend' }))).to.equal('unknown');
  });
});
