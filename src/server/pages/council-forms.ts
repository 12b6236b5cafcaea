// The council page's form posts read and checked: plain values in, clean values or field problems out
// (each named by its field, in the user's language). Pure: no store, no request.
import type { FieldIssue } from '../../errors.js';
import { ANSWER_RESPONSES, EXPENSES_PAID, type AnswerItem, type AnswerResponse, type ExpensesPaid, type StoredRecommendation } from '../../store/types.js';
import { LANGS, type Lang } from '../../types.js';
import { pageLabel, type PageLabelKey } from './render.js';

/**
 * Bounds on what one form may hold: generous for a council's texts, small enough that a page with every
 * text of a dossier stays light. They bound input; they are no rule of the assessment.
 */
export const LIMITS = {
  comment: 5_000,
  participation: 10_000,
  conclusion: 10_000,
  recommendation: 2_000,
  ownRecommendations: 20,
  decision: 10_000,
  reason: 2_000,
  feedback: 20_000,
  name: 200,
  participants: 10_000,
} as const;

export type Body = Record<string, unknown>;
export type Values = Record<string, string | string[]>;
export type Parsed<T> = { ok: true; value: T; values: Values } | { ok: false; issues: FieldIssue[]; values: Values };

/** The first value of a field (a repeated field arrives as a list). */
export function field(body: Body, name: string): string {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

/** Every value of a repeated field (checkboxes). */
export function fields(body: Body, name: string): string[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === 'string');
}

/** Line ends as \n, trailing spaces and blank lines at both ends gone. */
const tidy = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

class Checker {
  readonly issues: FieldIssue[] = [];
  constructor(readonly lang: Lang) {}
  problem(path: string, key: PageLabelKey, vars: Record<string, string | number> = {}): void {
    if (!this.issues.some((i) => i.path === path)) this.issues.push({ path, message: pageLabel(this.lang, key, vars) });
  }
  text(path: string, raw: string, max: number, required = true): string {
    const v = tidy(raw);
    if (required && v === '') this.problem(path, 'councilErrRequired');
    else if ([...v].length > max) this.problem(path, 'councilErrTooLong', { max });
    return v;
  }
  date(path: string, raw: string, today: string): string {
    const v = raw.trim();
    if (v === '') this.problem(path, 'councilErrRequired');
    else if (!validDate(v)) this.problem(path, 'councilErrDate');
    else if (v > today) this.problem(path, 'councilErrFuture');
    return v;
  }
  choice<T extends string>(path: string, raw: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problem(path, raw === '' ? 'councilErrRequired' : 'councilErrChoice');
    return undefined;
  }
}

/** A real calendar date written YYYY-MM-DD (what a date field sends). */
export function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function done<T>(c: Checker, value: T, values: Values): Parsed<T> {
  return c.issues.length > 0 ? { ok: false, issues: c.issues, values } : { ok: true, value, values };
}

/** A comment: on the whole (about = '') or on one of the findings offered (a check id). */
export function parseComment(body: Body, lang: Lang, findings: readonly string[]): Parsed<{ text: string; checkId: string | null }> {
  const c = new Checker(lang);
  const about = field(body, 'commentAbout');
  const values = { commentAbout: about, commentText: field(body, 'commentText') };
  if (about !== '' && !findings.includes(about)) c.problem('commentAbout', 'councilErrAbout');
  const text = c.text('commentText', values.commentText, LIMITS.comment);
  return done(c, { text, checkId: about === '' ? null : about }, values);
}

export function parseParticipation(
  body: Body,
  lang: Lang,
  today: string,
): Parsed<{ text: string; participants: number; heldOn: string; expensesPaid: ExpensesPaid }> {
  const c = new Checker(lang);
  const values = {
    partText: field(body, 'partText'),
    partCount: field(body, 'partCount'),
    partHeldOn: field(body, 'partHeldOn'),
    partExpenses: field(body, 'partExpenses'),
  };
  const text = c.text('partText', values.partText, LIMITS.participation);
  const count = values.partCount.trim();
  const participants = /^\d{1,6}$/.test(count) ? Number(count) : NaN;
  if (count === '') c.problem('partCount', 'councilErrRequired');
  else if (!(participants >= 1 && participants <= LIMITS.participants)) c.problem('partCount', 'councilErrCount', { max: LIMITS.participants });
  const heldOn = c.date('partHeldOn', values.partHeldOn, today);
  const expensesPaid = c.choice('partExpenses', values.partExpenses, EXPENSES_PAID);
  return done(c, { text, participants, heldOn, expensesPaid: expensesPaid ?? 'unknown' }, values);
}

/** Own recommendation rows: adviceOwn0 … (empty rows left out). */
export const ownRowName = (i: number): string => `adviceOwn${i}`;

/**
 * An advice: the conclusion, the steps of the improvement path picked (their check ids, kept in the
 * path's order, worded as the path words them), then the council's own rows.
 */
export function parseAdvice(
  body: Body,
  lang: Lang,
  path: readonly { checkId: string; text: string }[],
): Parsed<{ number: number; conclusion: string; recommendations: StoredRecommendation[] }> {
  const c = new Checker(lang);
  const picked = fields(body, 'advicePick');
  const own: string[] = [];
  for (let i = 0; i < LIMITS.ownRecommendations + 1; i++) own.push(field(body, ownRowName(i)));
  const values: Values = { adviceConclusion: field(body, 'adviceConclusion'), advicePick: picked };
  own.forEach((v, i) => (values[ownRowName(i)] = v));
  const conclusion = c.text('adviceConclusion', values['adviceConclusion'] as string, LIMITS.conclusion);
  if (picked.some((id) => !path.some((s) => s.checkId === id))) c.problem('advicePick', 'councilErrPick');
  const fromPath = path.filter((s) => picked.includes(s.checkId)).map((s) => ({ text: s.text, checkId: s.checkId }));
  const rows = own.map((v, i) => ({ i, v: tidy(v) })).filter((r) => r.v !== '');
  if (rows.length > LIMITS.ownRecommendations) c.problem(ownRowName(LIMITS.ownRecommendations), 'councilErrTooMany', { max: LIMITS.ownRecommendations });
  const ownRecs = rows.map((r) => ({ text: c.text(ownRowName(r.i), r.v, LIMITS.recommendation) }));
  const number = Number(field(body, 'number'));
  return done(c, { number: Number.isInteger(number) && number > 0 ? number : 0, conclusion, recommendations: [...fromPath, ...ownRecs] }, values);
}

export function parseSign(body: Body, lang: Lang): Parsed<{ name: string; role: string }> {
  const c = new Checker(lang);
  const values = { signName: field(body, 'signName'), signRole: field(body, 'signRole') };
  const name = c.text('signName', values.signName, LIMITS.name);
  const role = c.text('signRole', values.signRole, LIMITS.name);
  return done(c, { name, role }, values);
}

export const responseName = (i: number): string => `answerResponse${i}`;
export const reasonName = (i: number): string => `answerReason${i}`;

/** The college's answer: a decision, its date, and per recommendation a response, with a reason unless followed. */
export function parseAnswer(
  body: Body,
  lang: Lang,
  recommendations: number,
  today: string,
): Parsed<{ number: number; decision: string; decidedOn: string; items: AnswerItem[] }> {
  const c = new Checker(lang);
  const values: Values = { answerDecision: field(body, 'answerDecision'), answerDecidedOn: field(body, 'answerDecidedOn') };
  const decision = c.text('answerDecision', values['answerDecision'] as string, LIMITS.decision);
  const decidedOn = c.date('answerDecidedOn', values['answerDecidedOn'] as string, today);
  const items: AnswerItem[] = [];
  for (let i = 0; i < recommendations; i++) {
    const raw = field(body, responseName(i));
    values[responseName(i)] = raw;
    values[reasonName(i)] = field(body, reasonName(i));
    const response = c.choice<AnswerResponse>(responseName(i), raw, ANSWER_RESPONSES);
    // "Pas toe of leg uit": a recommendation not (fully) followed needs its reason.
    const reason = c.text(reasonName(i), values[reasonName(i)] as string, LIMITS.reason, false);
    if (response !== undefined && response !== 'followed' && reason === '') c.problem(reasonName(i), 'councilErrReason');
    items.push({ index: i, response: response ?? 'followed', reason });
  }
  const number = Number(field(body, 'number'));
  return done(c, { number: Number.isInteger(number) ? number : 0, decision, decidedOn, items }, values);
}

/** A correction of the recorded answer: the answer's fields as when it was recorded, and why it is corrected. */
export function parseAnswerCorrection(
  body: Body,
  lang: Lang,
  recommendations: number,
  today: string,
): Parsed<{ number: number; decision: string; decidedOn: string; items: AnswerItem[]; why: string }> {
  const answer = parseAnswer(body, lang, recommendations, today);
  const c = new Checker(lang);
  const why = c.text('answerWhy', field(body, 'answerWhy'), LIMITS.reason);
  const values = { ...answer.values, answerWhy: field(body, 'answerWhy') };
  if (!answer.ok) return { ok: false, values, issues: [...answer.issues, ...c.issues] };
  return done(c, { ...answer.value, why }, values);
}

/** The feedback's text, the language it is written in (kept from its first draft), and whether it is now final. */
export function parseFeedback(body: Body, lang: Lang): Parsed<{ number: number; text: string; lang: Lang; final: boolean }> {
  const c = new Checker(lang);
  const values = { feedbackText: field(body, 'feedbackText') };
  const text = c.text('feedbackText', values.feedbackText, LIMITS.feedback);
  const number = Number(field(body, 'number'));
  const written = field(body, 'feedbackLang');
  const textLang = (LANGS as readonly string[]).includes(written) ? (written as Lang) : lang;
  return done(c, { number: Number.isInteger(number) ? number : 0, text, lang: textLang, final: field(body, 'intent') === 'final' }, values);
}
