// A stored assessment as the dossier and compare pages show it: the report's own view model
// (buildReportModel, the same words and numbers as the report) built from the saved result with the
// rules it was made with, and the part of it a page shows.
import { buildReportModel, type ReportModel } from '../../report/model.js';
import type { StoredAssessment, Store } from '../../store/types.js';
import type { Assessment, Lang } from '../../types.js';
import { sharedRulesets } from '../services/rulesets.js';
import { pageLabel } from './render.js';

/** The saved result of a stored assessment. */
export const resultOf = (stored: StoredAssessment): Assessment => JSON.parse(stored.result) as Assessment;

/** The report model of a stored assessment in `lang`; with `previous`, its changes since that one. */
export async function reportModelOf(store: Store, stored: StoredAssessment, lang: Lang, previous?: StoredAssessment): Promise<ReportModel> {
  // The texts come from the rules the assessment was made with: the pack and that overlay version (as the reports).
  const overlay = stored.overlayVersion === null ? undefined : await store.overlays.get(stored.orgId, stored.overlayVersion);
  const ruleset = sharedRulesets.forOverlay(overlay);
  return buildReportModel(resultOf(stored), {
    ruleset,
    lang,
    generatedAt: stored.createdAt,
    ...(previous ? { previous: resultOf(previous) } : {}),
  });
}

/** The verdict, score and light of a model, in words (never colour alone). */
export function verdictView(m: ReportModel) {
  return {
    code: m.cover.verdictCode,
    title: m.cover.verdictTitle,
    score: m.cover.scoreText,
    known: m.cover.knownText,
    light: m.cover.light,
    lightText: m.cover.lightShort,
  };
}

/** What the dossier page shows of an assessment: verdict and why, lights, ladder, risks, recommendations, questions. */
export function assessmentView(m: ReportModel, lang: Lang) {
  const decisive = new Set(m.decisive.map((q) => q.id));
  return {
    verdict: verdictView(m),
    reasons: m.reasons,
    knockouts: m.knockouts,
    dimensions: m.applicableDimensions.map((d) => ({
      code: d.code,
      title: d.title,
      score: d.scoreText,
      light: d.light,
      lightText: d.lightShort,
      knockout: d.knockoutText,
    })),
    notApplicable:
      m.naDimensions.length > 0 ? pageLabel(lang, 'dossierNaDimensions', { list: m.naDimensions.map((d) => `${d.code} ${d.title}`).join(', ') }) : null,
    participation: {
      claimed: m.participation.claimedText,
      effective: m.participation.effectiveText,
      statement: m.participation.statement,
      lowered: m.participation.lowered,
    },
    risks: m.risks,
    recs: m.recs.map((s) => ({ rank: s.rank, title: s.title, dimension: s.dimension, fix: s.fixShort, gain: s.gainText, knockout: s.knockout })),
    // The questions that decide the verdict first, then the other unknowns.
    questions: [...m.decisive, ...m.unknowns.filter((q) => !decisive.has(q.id))].map((q) => ({
      id: q.id,
      title: q.title,
      question: q.question,
      dimension: q.dimension,
      moves: q.movesShort,
      knockout: q.knockout,
    })),
  };
}
