// The household cost table: full price and what each reference household really pays, in the facts, the report and the text.
import { expect } from 'chai';
import { assess, factContext } from '../src/assess.js';
import { affordabilityFacts } from '../src/engine/facts/affordability.js';
import { readExample } from '../src/examples.js';
import { renderText } from '../src/output/text.js';
import { buildReportModel, renderReportHtml } from '../src/report/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import type { Assessment } from '../src/types.js';
import { TEST_DATE, check, proposal, run } from './helpers.js';

type Row = Record<string, unknown>;
/** Intl writes a no-break space between € and the amount: compare with plain spaces. */
const plain = (s: string | null | undefined): string => (s ?? '').replace(/\u00a0|\u202f/g, ' ');
const rowsOf = (a: Assessment): Row[] => a.householdCosts as Row[];
const row = (a: Assessment, id: string): Row => rowsOf(a).find((r) => r['household'] === id) as Row;
const ALL_STATUSES = ['increased-reimbursement', 'leefloon', 'igo', 'debt-settlement', 'budget-guidance'];
const NO_PLACE = { triggers: { place: 'no' } };

/** €4.50 a visit, 4 visits a month, per person: €18 a month for a single person at full price. */
const pool = (st: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  proposal({
    screening: NO_PLACE,
    affordability: { prices: [{ amount: 4.5, frequency: 'per-use', usesPerMonth: 4, per: 'person', childAmount: 2.5 }], socialTariff: st, ...more },
  });

describe('household cost table: what households really pay', () => {
  describe('the zwembad example (automatic kansentarief via UiTPAS)', () => {
    let a: Assessment;
    before(async () => {
      a = await assess(readExample('examples/proposals/zwembad-sociaal-tarief.yaml'));
    });

    it('shows € 18,00 full price and € 3,60 really paid for the single person on leefloon, who gets the tariff automatically', () => {
      expect(row(a, 'single-leefloon')).to.include({
        monthlyCost: 18,
        paidCost: 3.6,
        socialTariff: 'automatic',
        takeUpRisk: false,
        share: 0.0137,
        paidShare: 0.0027,
      });
      expect(check(a, 'F1').outcome).to.equal('pass');
      expect(check(a, 'F1').facts['affordability.monthlyCostPaid']).to.equal(3.6);
    });

    it('marks the take-up risk of the couple, who qualify only through the income test and must apply', () => {
      // 3,191 ≤ 1.0 × 1,520 × 2.1 (poverty threshold for 2 adults and 2 children under 14).
      expect(row(a, 'couple-2')).to.include({ monthlyCost: 56, paidCost: 11.2, socialTariff: 'on-request', takeUpRisk: true });
    });

    it('charges the full price to the working single above the income ceiling, and shows the rise per household', () => {
      expect(row(a, 'working-single')).to.include({ monthlyCost: 18, paidCost: 18, socialTariff: 'none', eligible: false });
      expect(row(a, 'single-leefloon')).to.include({ previousCost: 14, rise: 4, riseShare: 0.2857 });
      expect(row(a, 'lone-parent-2')).to.include({ monthlyCost: 38, paidCost: 7.6, rise: 8 });
    });

    it('judges F2 on what is really paid, at most partial while a household must apply', () => {
      const f2 = check(a, 'F2');
      expect(f2.outcome).to.equal('partial');
      expect(f2.facts['affordability.householdCosts']).to.have.length(6);
      expect(f2.fix).to.include('vanzelf gelden');
    });

    it('never advises to introduce a social tariff that already exists', () => {
      for (const id of ['F1', 'F2', 'F3']) expect(check(a, id).fix.toLowerCase(), id).to.not.match(/voer een sociaal tarief in|voorzie een sociaal tarief/);
    });

    it('renders both columns in the report, with the take-up risk marked, in every language', () => {
      const rs = defaultRuleset();
      const m = buildReportModel(a, { ruleset: rs, generatedAt: '2025-09-01' });
      const single = m.costs?.rows[0];
      expect(plain(single?.cost)).to.equal('€ 18,00');
      expect(plain(single?.paid)).to.equal('€ 3,60');
      expect(single).to.include({ tariff: 'automatisch', takeUpRisk: false });
      expect(m.costs?.rows.find((r) => r.takeUpRisk)?.tariff).to.equal('enkel op aanvraag');
      expect(m.costs?.showRise).to.equal(true);
      expect(plain(single?.rise)).to.match(/^\+€ ?4,00 \(\+28,6 ?%\)$/);
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const html = renderReportHtml({ ...a, lang }, { ruleset: rs, lang, generatedAt: '2025-09-01', strict: true });
        expect(html, lang).to.include('class="take-up-risk"');
        expect(html, lang).to.match(/3[,.]60/);
      }
      const en = buildReportModel(a, { ruleset: rs, lang: 'en', generatedAt: '2025-09-01' });
      expect(en.l['colPaid']).to.equal('Really pays (share of income)');
      expect(en.costs?.rows.find((r) => r.takeUpRisk)?.tariff).to.equal('only on request');
    });

    it('prints the full price and what is paid in the text output', () => {
      const text = plain(renderText(a));
      expect(text).to.match(/Alleenstaande met leefloon: € 18,00 \(1,4\s?%\) → € 3,60 \(0,3\s?%\)/);
      expect(text).to.match(/Koppel met 2 kinderen op de armoederisicodrempel: € 56,00 .*\*$/m);
    });
  });

  describe('the afvalzak example (a per-household price for a necessity)', () => {
    let a: Assessment;
    before(async () => {
      a = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'));
    });

    it("charges each household for its own number of bags, not a family's for everyone", () => {
      // 2 bags for one person, 2 × the OECD scale (1.5) for the cohabitants, the service's 5 and 6 for the families.
      expect(rowsOf(a).map((r) => r['monthlyCost'])).to.deep.equal([5, 7.5, 12.5, 15, 5, 5]);
      expect(row(a, 'single-leefloon')['monthlyCost']).to.not.equal(row(a, 'couple-2')['monthlyCost']);
      expect(rowsOf(a).every((r) => r['socialTariff'] === 'none' && r['paidCost'] === r['monthlyCost'])).to.equal(true);
    });

    it("derives each household's net effect for E1 from the previous price (€1 more a bag)", () => {
      const e1 = check(a, 'E1');
      const effects = e1.facts['impact.householdEffects'] as Row[];
      expect(effects.map((r) => r['monthlyEffect'])).to.deep.equal([-2, -3, -5, -6, -2, -2]);
      expect(effects.every((r) => r['derived'] === true)).to.equal(true);
      expect(e1.outcome).to.equal('partial');
    });

    it('answers a necessity with a free basic quantity, not a leisure rate', () => {
      expect(check(a, 'F2').fix).to.include('gratis basishoeveelheid');
      expect(check(a, 'F2').fix).to.not.include('UiTPAS');
    });
  });

  describe('F1 judges what the single person on leefloon really pays', () => {
    it('passes with an automatic tariff, is partial on request, unknown while how it is granted is unknown', async () => {
      const base = { exists: 'yes', discount: 0.8, statuses: ALL_STATUSES };
      expect(check(await run(pool({ ...base, automatic: 'yes' })), 'F1').outcome).to.equal('pass');
      const onRequest = check(await run(pool({ ...base, automatic: 'no' })), 'F1');
      expect(onRequest.outcome).to.equal('partial');
      expect(onRequest.facts['affordability.singleSocialTariff']).to.equal('on-request');
      expect(onRequest.fix).to.include('Er is al een sociaal tarief');
      expect(check(await run(pool({ ...base })), 'F1').outcome).to.equal('unknown');
    });

    it('counts the full price when the single person is not eligible or no tariff exists', async () => {
      const notListed = check(await run(pool({ exists: 'yes', discount: 0.8, statuses: ['debt-settlement'], incomeTest: 'no', automatic: 'yes' })), 'F1');
      expect(notListed.facts['affordability.monthlyCostPaid']).to.equal(18);
      expect(notListed.outcome).to.equal('partial');
      expect(check(await run(pool({ exists: 'no' })), 'F1').outcome).to.equal('partial');
    });
  });

  describe('eligibility per household', () => {
    const ctx = () => factContext(defaultRuleset(), TEST_DATE);
    const rows = (st: Record<string, unknown>, meta: Record<string, unknown> = {}): Row[] =>
      affordabilityFacts(
        { meta, affordability: { prices: [{ amount: 10, frequency: 'per-month', per: 'household' }], socialTariff: { exists: 'yes', discount: 0.5, ...st } } },
        ctx(),
      )['affordability.householdCosts'] as Row[];
    const working = (r: Row[]): Row => r.find((x) => x['household'] === 'working-single') as Row;

    it('gives the working single the tariff on request only when the ceiling is above the net minimum wage', () => {
      // Net minimum wage: 2,111.89 × 0.9 = 1,900.70.
      expect(working(rows({ statuses: ['leefloon'], incomeCeilingSingle: 2000, incomeRouteAutomatic: 'no' }))).to.include({
        eligible: true,
        socialTariff: 'on-request',
        takeUpRisk: true,
        paidCost: 5,
      });
      expect(working(rows({ statuses: ['leefloon'], incomeCeilingShare: 1 }))).to.include({ eligible: false, socialTariff: 'none', paidCost: 10 });
    });

    it('says the tariff is unknown when the ceiling is unknown, and counts the full price then', () => {
      expect(working(rows({ statuses: ['leefloon'], incomeTest: 'yes' }))).to.include({ eligible: null, socialTariff: null, takeUpRisk: null, paidCost: 10 });
    });

    it('gives statuses their households: leefloon and IGO households qualify through the status, the couple at the threshold does not', () => {
      const r = rows({ statuses: ['leefloon', 'igo'], incomeTest: 'no', automatic: 'yes' });
      expect(r.map((x) => x['socialTariff'])).to.deep.equal(['automatic', 'automatic', 'automatic', 'none', 'automatic', 'none']);
    });

    it('adds the Brussels family allowance instead of the Groeipakket for a Brussels subject', () => {
      const lone = (region: string) => rows({}, { region }).find((x) => x['household'] === 'lone-parent-2')?.['income'];
      expect(lone('flanders')).to.equal(2129.39); // 1,776.07 + 2 × 176.66
      expect(lone('brussels')).to.equal(2082.07); // 1,776.07 + 2 × 153.00
    });
  });

  describe('uses per household', () => {
    it('scales a per-household price by household size, and lets a stated number per household win', async () => {
      const a = await run(
        proposal({
          screening: NO_PLACE,
          affordability: {
            prices: [{ amount: 1, frequency: 'per-use', per: 'household', usesPerMonth: 10, usesScale: 'by-size', usesPerHousehold: { 'older-igo': 4 } }],
          },
        }),
      );
      // OECD scale: 1, 1.5, 1.6, 2.1, then the stated 4 for the older person, 1 for the working single.
      expect(rowsOf(a).map((r) => r['monthlyCost'])).to.deep.equal([10, 15, 16, 21, 4, 10]);
    });
  });

  describe('the premium and the price rise feed E1', () => {
    it('derives the premium for eligible households and 0 for the others', async () => {
      const premium = { amount: 150, frequency: 'per-year', statuses: ['leefloon', 'increased-reimbursement'], incomeTest: 'no' };
      const e1 = check(await run(proposal({ rights: { premium } })), 'E1');
      const effects = e1.facts['impact.householdEffects'] as Row[];
      expect(effects.map((r) => r['monthlyEffect'])).to.deep.equal([12.5, 12.5, 12.5, 0, 12.5, 0]);
      expect(e1.outcome).to.equal('pass');
    });

    it("keeps a stated effect over the derived one, and stays unknown when a tariff household's previous tariff is unknown", async () => {
      const input = pool(
        { exists: 'yes', discount: 0.8, statuses: ALL_STATUSES, incomeTest: 'no', automatic: 'yes' },
        { prices: [{ amount: 4.5, previousAmount: 3.5, frequency: 'per-use', usesPerMonth: 4, per: 'person' }] },
      );
      const stated = { ...input, impact: { householdEffects: [{ household: 'single-leefloon', monthlyEffect: 1 }] } };
      const effects = check(await run(stated), 'E1').facts['impact.householdEffects'] as Row[];
      expect(effects.find((r) => r['household'] === 'single-leefloon')).to.include({ monthlyEffect: 1, derived: false });
      // No status, full price: 4 persons × 4 visits × €1 more. Households with the tariff: previousDiscount unknown → not derived.
      expect(effects.find((r) => r['household'] === 'couple-2')).to.include({ monthlyEffect: -16, derived: true });
      expect(effects.find((r) => r['household'] === 'older-igo')).to.equal(undefined);
      expect(check(await run(stated), 'F10').facts['affordability.priceRise']).to.equal(4);
    });
  });

  describe('fixes follow the kind of good and the region', () => {
    const red = (goodType?: string, region?: string) =>
      proposal({
        meta: { title: 'T', municipality: 'M', ...(region ? { region } : {}) },
        screening: NO_PLACE,
        affordability: { ...(goodType ? { goodType } : {}), prices: [{ amount: 60, frequency: 'per-month' }], socialTariff: { exists: 'no' } },
      });
    it('F3: UiTPAS for leisure in Flanders, Article 27 in Brussels, a free basic quantity for a necessity, neither in the generic text', async () => {
      expect(check(await run(red('leisure')), 'F3').fix).to.include('UiTPAS');
      expect(check(await run(red('leisure', 'brussels')), 'F3').fix).to.include('Article 27');
      expect(check(await run(red('necessity')), 'F3').fix).to.include('gratis basishoeveelheid');
      const generic = check(await run(red()), 'F3').fix;
      expect(generic).to.not.include('UiTPAS');
      expect(generic).to.include('sociaal tarief');
      expect(check(await run(red('leisure', 'brussels'), { lang: 'fr' }), 'F3').fix).to.include('Article 27');
    });
  });
});
