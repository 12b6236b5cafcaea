// Changes since an earlier audit of the same service: score per dimension then and now, checks that moved.
import type { Assessment, Lang, Outcome } from '../types.js';
import { formatDate, formatDelta } from './format.js';
import { fmt, type Labels } from './locales.js';
import { lightText, outcomeText, scoreText } from './model-checks.js';

export interface ChangesView {
  intro: string;
  rows: { code: string; title: string; then: string; now: string; delta: string; trend: string }[];
  improved: { id: string; title: string; from: string; to: string }[];
  worse: { id: string; title: string; from: string; to: string }[];
}

const RANK: Record<Outcome, number | null> = { fail: 0, unknown: 1, partial: 2, pass: 3, 'not-applicable': null };

export function changesView(a: Assessment, prev: Assessment, l: Labels, lang: Lang): ChangesView {
  const before = new Map(prev.dimensions.map((d) => [d.id, d]));
  const rows = [
    { code: '', title: l.overallScore as string, now: a.score.overall, then: prev.score.overall, lightNow: a.score.light, lightThen: prev.score.light },
    ...a.dimensions.map((d) => {
      const p = before.get(d.id);
      return { code: d.code, title: d.title, now: d.score, then: p?.score ?? null, lightNow: d.light, lightThen: p?.light ?? d.light };
    }),
  ].map((r) => {
    // The change of the low bound: what is certain now against what was certain then.
    const delta = r.now !== null && r.then !== null ? Math.round((r.now.low - r.then.low) * 10) / 10 : null;
    return {
      code: r.code,
      title: r.title,
      then: r.then === null ? lightText(r.lightThen, l) : `${scoreText(r.then, l, lang)} (${lightText(r.lightThen, l)})`,
      now: r.now === null ? lightText(r.lightNow, l) : `${scoreText(r.now, l, lang)} (${lightText(r.lightNow, l)})`,
      delta: delta === null ? '—' : formatDelta(delta, lang),
      trend: delta === null || delta === 0 ? (l.trendSame as string) : delta > 0 ? (l.trendUp as string) : (l.trendDown as string),
    };
  });
  const old = new Map(prev.checks.map((c) => [c.id, c.outcome]));
  const improved: ChangesView['improved'] = [];
  const worse: ChangesView['worse'] = [];
  for (const c of a.checks) {
    const was = old.get(c.id);
    if (was === undefined) continue;
    const r0 = RANK[was];
    const r1 = RANK[c.outcome];
    if (r0 === null || r1 === null || r0 === r1) continue;
    const item = { id: c.id, title: c.title, from: outcomeText(was, l), to: outcomeText(c.outcome, l) };
    (r1 > r0 ? improved : worse).push(item);
  }
  return {
    intro: fmt(l, 'changesIntro', { then: formatDate(prev.referenceDate, lang), now: formatDate(a.referenceDate, lang) }),
    rows,
    improved,
    worse,
  };
}
