// The council page's advice, the college's answer and the feedback to the participants, as view
// models. Pure, from what council-data.ts read.
import type { Readability } from '../../engine/readability/measure.js';
import { formatScore } from '../../i18n.js';
import { formatDate } from '../../report/format.js';
import type { Advice, CollegeAnswerRecord, StoredRecommendation } from '../../store/types.js';
import { LANGS, type Lang } from '../../types.js';
import { draftFeedback } from '../council/feedback.js';
import { textReadability } from '../council/readability.js';
import { mayDo } from '../council/workflow.js';
import type { AnswerData, CouncilData } from './council-data.js';
import { dayOf, Fields, label, type FormState } from './council-fields.js';
import { LIMITS, ownRowName, reasonName, responseName } from './council-forms.js';
import { pageLabel } from './render.js';

/** Empty rows offered for the council's own recommendations (more after saving). */
const SPARE_OWN_ROWS = 3;

function recommendationsView(lang: Lang, recs: StoredRecommendation[]) {
  return recs.map((r) => ({ text: r.text, source: r.checkId ? label(lang, 'councilAdviceFromPath', { check: r.checkId }) : label(lang, 'councilAdviceOwn') }));
}

function adviceView(d: CouncilData, a: Advice) {
  const { lang } = d;
  return {
    number: a.number,
    heading: label(lang, a.status === 'signed' ? 'councilAdviceNumber' : 'councilAdviceDraft', { number: a.number }),
    conclusion: a.conclusion,
    recommendations: recommendationsView(lang, a.recommendations),
    signed:
      a.signedBy && a.signedAt ? label(lang, 'councilAdviceSignedBy', { name: a.signedBy.name, role: a.signedBy.role, date: dayOf(a.signedAt, lang) }) : null,
  };
}

function answerView(d: CouncilData, advice: Advice, answer: AnswerData) {
  const { lang } = d;
  return {
    heading: label(lang, 'councilAnswerTo', { number: advice.number }),
    decided: label(lang, 'councilAnswerDecided', { date: formatDate(answer.decidedOn, lang), name: answer.recordedByName }),
    corrected:
      answer.correctedAt && answer.correctedByName
        ? label(lang, 'councilAnswerCorrected', { name: answer.correctedByName, date: dayOf(answer.correctedAt, lang) })
        : null,
    decision: answer.decision,
    items: [...answer.items]
      .sort((a, b) => a.index - b.index)
      .map((i) => ({
        n: i.index + 1,
        recommendation: advice.recommendations[i.index]?.text ?? '',
        response: label(lang, `councilResponse${i.response}`),
        tone: i.response,
        reason: i.reason,
      })),
    history: answer.history.length
      ? {
          title: label(lang, 'councilAnswerHistoryTitle', { count: answer.history.length }),
          items: answer.history.map((h) => ({
            meta: label(lang, 'councilAnswerHistoryItem', {
              name: h.recordedByName,
              date: dayOf(h.recordedAt, lang),
              by: h.replacedByName,
              on: dayOf(h.replacedAt, lang),
              why: h.why,
            }),
            decision: h.decision,
            decided: formatDate(h.decidedOn, lang),
            items: [...h.items]
              .sort((a, b) => a.index - b.index)
              .map((i) => ({ n: i.index + 1, response: label(lang, `councilResponse${i.response}`), tone: i.response, reason: i.reason })),
          })),
        }
      : null,
  };
}

/**
 * The answer's form: empty to record it, or filled with the recorded answer to correct it (with the
 * reason for the correction). A form that came back shows what was posted.
 */
function answerForm(d: CouncilData, advice: Advice, base: string, state: FormState | undefined, recorded?: AnswerData) {
  const { lang } = d;
  const f = new Fields(lang, recorded ? 'answer-correct' : 'answer', state);
  const kept = (i: number) => recorded?.items.find((x) => x.index === i);
  return {
    action: `${base}/${recorded ? 'answer/correct' : 'answer'}?lang=${lang}`,
    number: advice.number,
    heading: label(lang, 'councilAnswerTo', { number: advice.number }),
    decision: f.field('answerDecision', 'councilAnswerDecision', { hint: 'councilAnswerDecisionHint', value: recorded?.decision }),
    decidedOn: f.field('answerDecidedOn', 'councilAnswerDecidedOn', { value: recorded?.decidedOn ?? d.today }),
    today: d.today,
    items: advice.recommendations.map((r, i) => {
      const response = f.field(responseName(i), 'councilAnswerResponse', { vars: { n: i + 1 }, value: kept(i)?.response });
      return {
        n: i + 1,
        title: label(lang, 'councilAnswerItem', { n: i + 1 }),
        recommendation: r.text,
        response,
        options: (['followed', 'partly', 'not-followed'] as const).map((v) => ({
          value: v,
          id: `${responseName(i)}-${v}`,
          label: label(lang, `councilResponse${v}`),
          checked: response.value === v,
        })),
        reason: f.field(reasonName(i), 'councilAnswerReason', { hint: 'councilAnswerReasonHint', value: kept(i)?.reason }),
      };
    }),
    why: recorded ? f.field('answerWhy', 'councilAnswerWhy', { hint: 'councilAnswerWhyHint' }) : null,
    submit: label(lang, recorded ? 'councilAnswerCorrectSubmit' : 'councilAnswerSubmit'),
    // A correction that came back with problems opens where it was.
    open: f.posted,
  };
}

function adviceForm(d: CouncilData, base: string, state: FormState | undefined, draft: Advice | undefined, latest: Advice | undefined) {
  const { lang } = d;
  const f = new Fields(lang, 'advice', state);
  const number = draft ? draft.number : (latest?.number ?? 0) + 1;
  const stored = draft?.recommendations ?? [];
  const picked = f.values(
    'advicePick',
    stored.flatMap((r) => (r.checkId ? [r.checkId] : [])),
  );
  const ownStored = stored.filter((r) => r.checkId === undefined).map((r) => r.text);
  const ownValues = f.posted ? Array.from({ length: LIMITS.ownRecommendations + 1 }, (_, i) => f.value(ownRowName(i))) : ownStored;
  const filled = ownValues.reduce((n, v, i) => (v.trim() !== '' ? i + 1 : n), 0);
  const rows = Math.min(LIMITS.ownRecommendations, Math.max(filled, ownStored.length) + SPARE_OWN_ROWS);
  return {
    action: `${base}/advice?lang=${lang}`,
    number,
    heading: draft ? label(lang, 'councilAdviceEdit') : latest ? label(lang, 'councilAdviceNew', { number }) : label(lang, 'councilAdviceFirst'),
    // A draft's editor and a later advice fold away until asked for; the first advice and a form with problems are open.
    open: f.posted || latest === undefined,
    conclusion: f.field('adviceConclusion', 'councilAdviceConclusion', { hint: 'councilAdviceConclusionHint', value: draft?.conclusion ?? '' }),
    pathError: f.error('advicePick'),
    path: (d.assessment?.result.improvementPath ?? []).map((s) => ({
      id: `advicePick-${s.checkId}`,
      checkId: s.checkId,
      title: s.title,
      fix: s.fix,
      checked: picked.includes(s.checkId),
    })),
    own: Array.from({ length: rows }, (_, i) => f.field(ownRowName(i), 'councilAdviceOwnRow', { value: ownStored[i] ?? '', vars: { n: i + 1 } })),
  };
}

export function adviceSection(d: CouncilData, base: string, state: FormState | undefined) {
  const { lang, dossier, role } = d;
  const signed = d.advices.filter((a) => a.status === 'signed');
  const draft = d.advices.find((a) => a.status === 'draft');
  const latest = d.advices.at(-1);
  const current = signed.at(-1);
  return {
    current: current ? adviceView(d, current) : null,
    history: signed
      .slice(0, -1)
      .reverse()
      .map((a) => {
        const answer = d.answers.get(a.id);
        return { ...adviceView(d, a), answer: answer ? answerView(d, a, answer) : null };
      }),
    draft: draft
      ? {
          ...adviceView(d, draft),
          signHref: mayDo('sign', dossier.status, role) ? `${base}/advice/${draft.number}/sign?lang=${lang}` : null,
          signLabel: label(lang, 'councilAdviceSignLink', { number: draft.number }),
        }
      : null,
    form: mayDo('draft-advice', dossier.status, role) ? adviceForm(d, base, state, draft, latest) : null,
  };
}

export function answerSection(d: CouncilData, state: FormState | undefined, base: string) {
  const { lang } = d;
  const none = { waiting: null, view: null, form: null, correct: null, fixed: null };
  const advice = d.latestSigned;
  if (!advice) return { ...none, waiting: label(lang, 'councilAnswerNoAdvice') };
  const answer = d.answers.get(advice.id);
  if (answer) {
    const may = mayDo('correct-answer', d.dossier.status, d.role);
    const final = d.feedback?.status === 'final';
    return {
      ...none,
      view: answerView(d, advice, answer),
      correct: may && !final ? answerForm(d, advice, base, state, answer) : null,
      fixed: may && final ? label(lang, 'councilAnswerFixedNote') : null,
    };
  }
  if (!mayDo('answer', d.dossier.status, d.role)) return { ...none, waiting: label(lang, 'councilAnswerWaiting', { number: advice.number }) };
  return { ...none, form: answerForm(d, advice, base, state) };
}

function readabilityView(lang: Lang, r: Readability | null) {
  if (!r) return { empty: label(lang, 'councilReadabilityEmpty') };
  return {
    empty: null,
    score: label(lang, 'councilReadabilityScore', {
      score: formatScore(r.score, lang),
      measure: label(lang, `councilReadabilityMeasure${r.measure}`),
      level: label(lang, `councilLevel${r.level}`),
    }),
    level: r.level,
    good: r.level === 'A2' || r.level === 'B1',
    figures: label(lang, 'councilReadabilityFigures', { words: r.words, sentences: r.sentences, perSentence: formatScore(r.wordsPerSentence, lang) }),
    target: label(lang, 'councilReadabilityTarget'),
  };
}

/** The first draft, in the page's language, from the answer to `advice`. */
function drafted(d: CouncilData, advice: Advice, answer: CollegeAnswerRecord): string {
  const lang = d.lang;
  return draftFeedback((key, vars) => pageLabel(lang, key, vars), {
    title: d.dossier.title,
    decision: answer.decision,
    decidedOn: formatDate(answer.decidedOn, lang),
    items: [...answer.items]
      .sort((a, b) => a.index - b.index)
      .map((i) => ({ recommendation: advice.recommendations[i.index]?.text ?? '', response: i.response, reason: i.reason })),
  });
}

export function feedbackSection(d: CouncilData, state: FormState | undefined, base: string) {
  const { lang } = d;
  const advice = d.latestSigned;
  const answer = advice ? d.answers.get(advice.id) : undefined;
  if (!advice || !answer) return { waiting: label(lang, 'councilFeedbackWaiting'), view: null };
  const kept = d.feedback;
  const f = new Fields(lang, 'feedback', state);
  const text = f.value('feedbackText', kept?.text ?? drafted(d, advice, answer));
  const keptLang = kept && (LANGS as readonly string[]).includes(kept.lang) ? (kept.lang as Lang) : lang;
  const final = kept?.status === 'final';
  const note = !kept
    ? label(lang, 'councilFeedbackDraftMade')
    : label(lang, final ? 'councilFeedbackFinalBy' : 'councilFeedbackDraftSaved', { name: kept.editedByName, date: dayOf(kept.updatedAt, lang) });
  const editable = !final && mayDo('feedback', d.dossier.status, d.role);
  // A draft saved before the answer was corrected may tell the participants what is no longer so.
  const stale = kept !== undefined && !final && answer.correctedAt !== null && answer.correctedAt > kept.updatedAt;
  return {
    waiting: null,
    view: {
      note,
      answerChanged: stale ? label(lang, 'councilFeedbackAnswerChanged') : null,
      final,
      // A saved draft or a final text is shown as written; the first draft only to those who may edit it.
      // Shown as a letter when it can no longer be edited here (final, or not this role's to edit).
      textLang: keptLang,
      paragraphs: editable ? null : text.split(/\n{2,}/).map((p) => ({ lines: p.split('\n') })),
      readability: readabilityView(lang, textReadability(text, keptLang, d.bands)),
      printHref: kept ? `${base}/feedback/print?lang=${lang}` : null,
      form: editable
        ? {
            action: `${base}/feedback?lang=${lang}`,
            number: advice.number,
            textLang: keptLang,
            text: f.field('feedbackText', 'councilFeedbackText', { hint: 'councilFeedbackTextHint', value: text }),
          }
        : null,
    },
  };
}
