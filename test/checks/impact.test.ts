// Impact: E1–E8 on each side of their conditions; E1 at the loss-share boundary, E3/E5 with screening negatives.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const impact = (i: Record<string, unknown>, screening?: Record<string, unknown>) => proposal(screening ? { impact: i, screening } : { impact: i });
/** Effects for the three original households; the three others (cohabitants, IGO, minimum wage) gain nothing. */
const effects = (single: number, lone: number, couple: number) => ({
  householdEffects: [
    { household: 'single-leefloon', monthlyEffect: single },
    { household: 'lone-parent-2', monthlyEffect: lone },
    { household: 'couple-2', monthlyEffect: couple },
    { household: 'cohabiting-leefloon', monthlyEffect: 0 },
    { household: 'older-igo', monthlyEffect: 0 },
    { household: 'working-single', monthlyEffect: 0 },
  ],
});

describe('impact checks', () => {
  it('E1 passes when no reference household loses, and shows each effect as a share of income', async () => {
    const a = await run(impact(effects(0, 25, 10)));
    expect(check(a, 'E1').outcome).to.equal('pass');
    const rows = check(a, 'E1').facts['impact.householdEffects'] as { household: string; incomeShare: number }[];
    // 25 / (1776.07 leefloon with dependent family + 2 × 176.66 Groeipakket) = 25 / 2129.39
    expect(rows.find((r) => r.household === 'lone-parent-2')?.incomeShare).to.equal(0.0117);
  });

  it('E1 is partial at a loss of exactly 1 % of the leefloon and fails above it', async () => {
    // 1 % of the single leefloon of 2025-02-01 (1314.20) is 13.142.
    expect(await outcomeOf('E1', impact(effects(-13.142, 0, 0)))).to.equal('partial');
    expect(await outcomeOf('E1', impact(effects(-20, 0, 0)))).to.equal('fail');
  });

  it('E1 is unknown while a household is missing, unless a given loss already fails', async () => {
    const one = (v: number) => impact({ householdEffects: [{ household: 'single-leefloon', monthlyEffect: v }] });
    expect(await outcomeOf('E1', one(5))).to.equal('unknown');
    expect(await outcomeOf('E1', one(-5))).to.equal('unknown');
    expect(await outcomeOf('E1', one(-50))).to.equal('fail');
    expect(await outcomeOf('E1', proposal())).to.equal('unknown');
  });

  it('E2 passes when poverty falls or stays, fails when it rises', async () => {
    expect(await outcomeOf('E2', impact({ povertyDirection: 'fewer' }))).to.equal('pass');
    expect(await outcomeOf('E2', impact({ povertyDirection: 'same' }))).to.equal('pass');
    expect(await outcomeOf('E2', impact({ povertyDirection: 'more' }))).to.equal('fail');
    expect(await outcomeOf('E2', impact({ povertyDirection: 'onbekend' }))).to.equal('unknown');
  });

  describe('E3 life domains', () => {
    const domains = (...list: [string, string][]) => ({ lifeDomains: list.map(([domain, direction]) => ({ domain, direction })) });

    it('passes when every domain has a direction and negative ones are mitigated', async () => {
      expect(await outcomeOf('E3', impact({}, domains(['income', '+'], ['mobility', '0'])))).to.equal('pass');
      const mitigated = { negativeEffects: [{ effect: 'Verder naar het loket', domain: 'mobility', mitigation: 'Gratis bus' }] };
      expect(await outcomeOf('E3', impact(mitigated, domains(['income', '+'], ['mobility', '-'])))).to.equal('pass');
    });

    it('is partial when some directions are unknown', async () => {
      expect(await outcomeOf('E3', impact({ negativeEffects: [] }, domains(['income', '+'], ['housing', 'unknown'])))).to.equal('partial');
    });

    it('fails on a negative domain without mitigation, or when no domain is assessed', async () => {
      const bare = { negativeEffects: [{ effect: 'Verder naar het loket', domain: 'mobility' }] };
      expect(await outcomeOf('E3', impact(bare, domains(['mobility', '-'])))).to.equal('fail');
      expect(await outcomeOf('E3', impact({ negativeEffects: [] }, domains(['mobility', '-'])))).to.equal('fail');
      expect(await outcomeOf('E3', impact({}, domains(['income', 'onbekend'])))).to.equal('fail');
      expect(await outcomeOf('E3', impact({}, { lifeDomains: [] }))).to.equal('fail');
    });

    it('is unknown when domains are not listed, or nothing is said about mitigation', async () => {
      expect(await outcomeOf('E3', proposal())).to.equal('unknown');
      expect(await outcomeOf('E3', impact({}, domains(['mobility', '-'])))).to.equal('unknown');
    });
  });

  it('E4 passes when alternatives were compared for people in poverty, is partial when only considered', async () => {
    expect(await outcomeOf('E4', impact({ alternativesConsidered: 'yes', alternativesCompared: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('E4', impact({ alternativesConsidered: 'yes', alternativesCompared: 'no' }))).to.equal('partial');
    expect(await outcomeOf('E4', impact({ alternativesConsidered: 'no' }))).to.equal('fail');
    expect(await outcomeOf('E4', impact({ alternatives: ['Vrijstelling'], alternativesCompared: 'no' }))).to.equal('partial');
    expect(await outcomeOf('E4', impact({ alternatives: ['Vrijstelling'] }))).to.equal('unknown');
  });

  describe('E5 mitigations', () => {
    const eff = (mitigation?: string, extra: Record<string, unknown> = {}) => ({
      effect: 'Hogere prijs',
      ...(mitigation ? { mitigation } : {}),
      ...extra,
    });

    it('passes when there are no negative effects or each has a mitigation', async () => {
      expect(await outcomeOf('E5', impact({ negativeEffects: [] }))).to.equal('pass');
      expect(await outcomeOf('E5', impact({ negativeEffects: [eff('Sociaal tarief'), eff('Afbetaling')] }))).to.equal('pass');
    });

    it('is partial when some effects are mitigated and fails when none is', async () => {
      expect(await outcomeOf('E5', impact({ negativeEffects: [eff('Sociaal tarief'), eff()] }))).to.equal('partial');
      expect(await outcomeOf('E5', impact({ negativeEffects: [eff(), eff()] }))).to.equal('fail');
    });

    it('counts negative groups of the screening that no listed effect mitigates', async () => {
      const screening = { groups: [{ group: 'homeless', direction: '-' }] };
      const a = await run(impact({ negativeEffects: [eff('Sociaal tarief')] }, screening));
      expect(check(a, 'E5').outcome).to.equal('partial');
      expect(check(a, 'E5').facts['impact.unmitigatedEffects']).to.deep.equal(['group:homeless']);
      const covered = { negativeEffects: [eff('Adres bij het OCMW', { group: 'homeless' })] };
      expect(await outcomeOf('E5', impact(covered, screening))).to.equal('pass');
    });

    it('is unknown when the screening shows negatives but no mitigations are listed, or nothing is said', async () => {
      expect(await outcomeOf('E5', proposal({ screening: { groups: [{ group: 'homeless', direction: '-' }] } }))).to.equal('unknown');
      expect(await outcomeOf('E5', proposal())).to.equal('unknown');
    });
  });

  it('E6 passes with any local source, fails on none, unknown when unanswered', async () => {
    expect(await outcomeOf('E6', impact({ localEvidence: ['kind-en-gezin-index'] }))).to.equal('pass');
    expect(await outcomeOf('E6', impact({ localEvidence: ['none'] }))).to.equal('fail');
    expect(await outcomeOf('E6', impact({ localEvidence: [] }))).to.equal('unknown');
  });

  it('E7 applies only with an eligibility threshold and asks for a gradual phase-out', async () => {
    expect(await outcomeOf('E7', impact({ hasEligibilityThreshold: 'no', thresholdEffectsChecked: 'no' }))).to.equal('not-applicable');
    const t = (checked: string, phaseOut?: string) =>
      impact({ hasEligibilityThreshold: 'yes', thresholdEffectsChecked: checked, ...(phaseOut ? { gradualPhaseOut: phaseOut } : {}) });
    expect(await outcomeOf('E7', t('yes', 'yes'))).to.equal('pass');
    expect(await outcomeOf('E7', t('yes', 'no'))).to.equal('partial');
    expect(await outcomeOf('E7', t('no', 'yes'))).to.equal('fail');
    expect(await outcomeOf('E7', t('unknown'))).to.equal('unknown');
  });

  it('E8 passes a favourable or neutral effect on contact, is partial when a loss is softened, fails when not', async () => {
    expect(await outcomeOf('E8', impact({ lonelinessEffect: '+' }))).to.equal('pass');
    expect(await outcomeOf('E8', impact({ lonelinessEffect: '0' }))).to.equal('pass');
    expect(await outcomeOf('E8', impact({ lonelinessEffect: '-', lonelinessMitigation: 'Wekelijks telefonisch contact' }))).to.equal('partial');
    expect(await outcomeOf('E8', impact({ lonelinessEffect: '-' }))).to.equal('fail');
    expect(await outcomeOf('E8', impact({ lonelinessEffect: 'onbekend' }))).to.equal('unknown');
    expect(await outcomeOf('E8', impact({}))).to.equal('unknown');
  });
});
