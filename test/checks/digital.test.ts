// Digital: DG1–DG7 on each side of their conditions, the step-channel derivations, unknown, and the trigger.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const dig = (fields: Record<string, unknown>) => proposal({ digital: fields });
const equalTerms = { samePrice: 'yes', sameDeadlines: 'yes', noOnlineOnlyAdvantage: 'yes' };
const mixedSteps = [
  { name: 'inschrijven', channels: ['online', 'counter'] },
  { name: 'betalen', channels: ['epayment', 'paper'] },
];

describe('digital checks', () => {
  it('is not applicable when no step is digital', async () => {
    const p = proposal({ screening: { triggers: { digital: 'no' } }, digital: { onlineOnlyStep: 'yes' } });
    expect(await outcomeOf('DG2', p)).to.equal('not-applicable');
  });

  it('DG1 passes when every step has an offline channel on equal terms', async () => {
    expect(await outcomeOf('DG1', dig({ steps: mixedSteps, equalConditions: equalTerms }))).to.equal('pass');
  });

  it('DG1 fails when the offline route costs more, and when no step has an offline channel', async () => {
    const dearer = { steps: mixedSteps, equalConditions: { ...equalTerms, samePrice: 'no' } };
    expect(await outcomeOf('DG1', dig(dearer))).to.equal('fail');
    const digitalOnly = { steps: [{ name: 'reserveren', channels: ['app', 'qr'] }], equalConditions: equalTerms };
    expect(await outcomeOf('DG1', dig(digitalOnly))).to.equal('fail');
    // No offline channel at all fails even while the conditions are unknown.
    expect(await outcomeOf('DG1', dig({ steps: [{ channels: ['online'] }] }))).to.equal('fail');
  });

  it('DG1 is unknown when the conditions or the channels are not known', async () => {
    expect(await outcomeOf('DG1', dig({ steps: mixedSteps }))).to.equal('unknown');
    expect(await outcomeOf('DG1', dig({ equalConditions: equalTerms }))).to.equal('unknown');
  });

  it('DG2 derives a digital-only step from the channel list or from the answer', async () => {
    expect(await outcomeOf('DG2', dig({ steps: mixedSteps }))).to.equal('pass');
    expect(await outcomeOf('DG2', dig({ steps: [...mixedSteps, { name: 'ticket', channels: ['qr'] }] }))).to.equal('fail');
    expect(await outcomeOf('DG2', dig({ steps: [{ channels: ['counter', 'online'], onlineOnly: 'yes' }] }))).to.equal('fail');
    expect(await outcomeOf('DG2', dig({ steps: mixedSteps, onlineOnlyStep: 'yes' }))).to.equal('fail');
    expect(await outcomeOf('DG2', dig({ onlineOnlyStep: 'no' }))).to.equal('pass');
    expect(await outcomeOf('DG2', dig({ steps: [{ name: 'aanvragen' }] }))).to.equal('unknown');
    expect(await outcomeOf('DG2', dig({}))).to.equal('unknown');
  });

  it('DG2 names the digital-only steps in the report', async () => {
    const a = await run(dig({ steps: [...mixedSteps, { name: 'ticket', channels: ['qr'] }] }));
    expect(check(a, 'DG2').facts['digital.digitalOnlySteps']).to.deep.equal(['ticket']);
    expect(check(a, 'DG1').facts['digital.nonDigitalChannels']).to.have.members(['counter', 'paper']);
  });

  it('DG3 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('DG3', dig({ assistedDigitalHelp: 'ja' }))).to.equal('pass');
    expect(await outcomeOf('DG3', dig({ assistedDigitalHelp: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('DG3', dig({ assistedDigitalHelp: 'onbekend' }))).to.equal('unknown');
  });

  it('DG4 passes with both, is partial with one, fails with neither', async () => {
    expect(await outcomeOf('DG4', dig({ basicSmartphone: 'yes', noPrinterOrScanner: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('DG4', dig({ basicSmartphone: 'yes', noPrinterOrScanner: 'no' }))).to.equal('partial');
    expect(await outcomeOf('DG4', dig({ basicSmartphone: 'no', noPrinterOrScanner: 'no' }))).to.equal('fail');
    expect(await outcomeOf('DG4', dig({ basicSmartphone: 'no' }))).to.equal('unknown');
  });

  it('DG5 applies only when itsme or eID is required', async () => {
    expect(await outcomeOf('DG5', dig({ eidRequired: 'no', eidAlternative: 'no' }))).to.equal('not-applicable');
    expect(await outcomeOf('DG5', dig({ eidRequired: 'yes', eidAlternative: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('DG5', dig({ eidRequired: 'yes', eidAlternative: 'no' }))).to.equal('fail');
    expect(await outcomeOf('DG5', dig({ eidRequired: 'yes' }))).to.equal('unknown');
  });

  it('DG6 passes when the share was considered and shows the share used', async () => {
    expect(await outcomeOf('DG6', dig({ vulnerableShareConsidered: 'no' }))).to.equal('fail');
    expect(await outcomeOf('DG6', dig({}))).to.equal('unknown');
    const national = check(await run(dig({ vulnerableShareConsidered: 'yes', targetGroupSize: 500 })), 'DG6');
    expect(national.outcome).to.equal('pass');
    expect(national.facts['digital.vulnerableShareUsed']).to.equal(0.4);
    expect(national.facts['digital.vulnerableUsersEstimate']).to.equal(200);
    expect(national.parameters.map((p) => p.id)).to.include('digital.vulnerableShare');
  });

  it('DG6 treats a local estimate as considered and uses it instead of the default', async () => {
    const local = check(await run(dig({ localVulnerableShare: 0.55, targetGroupSize: 200 })), 'DG6');
    expect(local.outcome).to.equal('pass');
    expect(local.facts['digital.vulnerableShareUsed']).to.equal(0.55);
    expect(local.facts['digital.vulnerableUsersEstimate']).to.equal(110);
  });

  it('DG6 uses the barometer edition in force on the reference date', async () => {
    const before = check(await run(dig({ vulnerableShareConsidered: 'yes' }), { date: '2024-05-01' }), 'DG6');
    expect(before.facts['digital.vulnerableShareUsed']).to.equal(0.46);
  });

  it('DG7 follows the accessibility statement, only where there is web content', async () => {
    expect(await outcomeOf('DG7', dig({ webContent: 'yes', wcagConformance: 'full' }))).to.equal('pass');
    expect(await outcomeOf('DG7', dig({ webContent: 'yes', wcagConformance: 'partial' }))).to.equal('partial');
    expect(await outcomeOf('DG7', dig({ webContent: 'yes', wcagConformance: 'none' }))).to.equal('fail');
    expect(await outcomeOf('DG7', dig({ webContent: 'yes', wcagConformance: 'unknown' }))).to.equal('unknown');
    expect(await outcomeOf('DG7', dig({ webContent: 'no' }))).to.equal('not-applicable');
  });

  it('DG7 derives web content from the channels of the steps', async () => {
    expect(await outcomeOf('DG7', dig({ steps: [{ channels: ['email', 'counter'] }] }))).to.equal('not-applicable');
    expect(await outcomeOf('DG7', dig({ steps: [{ channels: ['app'] }], wcagConformance: 'none' }))).to.equal('fail');
  });
});
