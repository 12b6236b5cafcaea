// View model of the cost table: what each reference household pays, in full and with its social tariff.
import { formatEuro, formatPercent, pick } from '../i18n.js';
import type { Assessment, FactValue, Lang, Ruleset } from '../types.js';
import type { LabelKey, Labels } from './locales.js';

/** One reference household in the cost table: the full price and what it really pays, each with its share of income. */
export interface CostRow {
  title: string;
  income: string;
  cost: string;
  share: string;
  paid: string;
  paidShare: string;
  tariff: string;
  takeUpRisk: boolean;
  rise: string | null;
}

export interface CostsView {
  rows: CostRow[];
  note: string | null;
  showRise: boolean;
  anyTakeUpRisk: boolean;
}

const TARIFF_LABEL: Record<string, LabelKey> = { automatic: 'tariffAutomatic', 'on-request': 'tariffOnRequest', none: 'tariffNone' };

/** "+ € 4,00 (+28,6 %)": the rise of the full price against the previous price. */
function riseText(rise: FactValue | undefined, riseShare: FactValue | undefined, lang: Lang): string | null {
  if (typeof rise !== 'number') return null;
  const sign = rise > 0 ? '+' : rise < 0 ? '−' : '±';
  const pct = typeof riseShare === 'number' ? ` (${sign}${formatPercent(Math.abs(riseShare), lang)})` : '';
  return `${sign}${formatEuro(Math.abs(rise), lang)}${pct}`;
}

/** The monthly cost table of the reference households, or null without prices. */
export function costsView(a: Assessment, rs: Ruleset, l: Labels, lang: Lang): CostsView | null {
  if (!Array.isArray(a.householdCosts)) return null;
  const rows: CostRow[] = [];
  let travel = false;
  const unknown = l.valueUnknown as string;
  const money = (v: FactValue | undefined): string => (typeof v === 'number' ? formatEuro(v, lang) : unknown);
  const pct = (v: FactValue | undefined): string => (typeof v === 'number' ? formatPercent(v, lang) : unknown);
  for (const item of a.householdCosts as FactValue[]) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const h = rs.households.find((x) => x.id === item.household);
    travel ||= item.travelIncluded === true;
    const tariffKey = typeof item.socialTariff === 'string' ? TARIFF_LABEL[item.socialTariff] : undefined;
    rows.push({
      title: h ? pick(h.title, lang) : String(item.title ?? item.household ?? ''),
      income: money(item.income),
      cost: money(item.monthlyCost),
      share: pct(item.share),
      paid: money(item.paidCost),
      paidShare: pct(item.paidShare),
      tariff: tariffKey ? (l[tariffKey] as string) : (l.tariffUnknown as string),
      takeUpRisk: item.takeUpRisk === true,
      rise: riseText(item.rise, item.riseShare, lang),
    });
  }
  if (rows.length === 0) return null;
  return {
    rows,
    note: travel ? (l.costsTravelIncluded as string) : null,
    showRise: rows.some((r) => r.rise !== null),
    anyTakeUpRisk: rows.some((r) => r.takeUpRisk),
  };
}
