// The wizard's side panel: the draft assessed as the server assesses a dossier (the organisation's rules,
// today's date, a worker thread when there are some), in the user's language: the verdict, the lights per
// dimension, the participation level claimed and effective, and how many questions stay open. A draft
// that is not valid yet is not assessed: the panel names what to fix first, with links to the fields.
import { isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { formatScoreRange } from '../../i18n.js';
import { lightRangeText } from '../../output/labels.js';
import { verdictTitle } from '../../output/words.js';
import type { Organisation } from '../../store/types.js';
import type { Assessment, Lang, SubjectKind } from '../../types.js';
import type { AppDeps } from '../context.js';
import { fieldText } from '../forms/catalogue.js';
import { computeAssessment } from '../services/assessing.js';
import { pageLabel } from './render.js';
import { fieldOfName, issueName, REVIEW_STEP, sectionOf } from './wizard-steps.js';

/** Problems named in the panel at most; the rest are counted. */
const MAX_LISTED = 5;

export interface PanelView {
  title: string;
  valid: boolean;
  intro?: string;
  verdict?: { code: string; label: string; title: string; range?: string; score?: string };
  lights?: { heading: string; items: { title: string; light: string; text: string }[] };
  participation?: { heading: string; claimedLabel: string; claimed: string; effectiveLabel: string; effective: string };
  unknowns?: { label: string; count: number; hint: string };
  invalid?: { text: string; items: { href: string; label: string; message: string }[]; more?: string };
}

/** A problem's field as people know it: its title, and its row. */
export function issueLabel(kind: SubjectKind, lang: Lang, name: string): string {
  const found = fieldOfName(kind, name);
  if (!found) return name;
  const title = fieldText(lang, kind, found.field).title;
  return found.row === undefined ? title : `${title} (${pageLabel(lang, 'wizardRow', { n: found.row + 1 })})`;
}

function invalidPanel(kind: SubjectKind, lang: Lang, issues: readonly FieldIssue[], stepHref: (section: string, hash: string) => string): PanelView {
  const items = issues.slice(0, MAX_LISTED).map((i) => {
    const name = issueName(i.path);
    const section = name.split('.')[0] ?? '';
    return { href: stepHref(sectionOf(kind, section) ? section : REVIEW_STEP, name), label: issueLabel(kind, lang, name), message: i.message };
  });
  const more = issues.length > MAX_LISTED ? pageLabel(lang, 'wizardPanelMore', { count: issues.length - MAX_LISTED }) : undefined;
  return {
    title: pageLabel(lang, 'wizardPanelTitle'),
    valid: false,
    invalid: { text: pageLabel(lang, 'wizardPanelInvalid'), items, ...(more ? { more } : {}) },
  };
}

function assessedPanel(a: Assessment, lang: Lang): PanelView {
  const v = a.verdict;
  const range =
    v.range.low !== v.range.high
      ? pageLabel(lang, 'wizardPanelRange', { low: verdictTitle(v.range.low, lang), high: verdictTitle(v.range.high, lang) })
      : undefined;
  const overall = a.score.overall;
  const p = a.participation;
  const level = (n: number, title: string): string => (title ? `${n} (${title})` : String(n));
  const effective =
    p.effectiveHigh !== p.effectiveLevel
      ? `${level(p.effectiveLevel, p.effectiveTitle)} – ${level(p.effectiveHigh, p.effectiveHighTitle)}`
      : level(p.effectiveLevel, p.effectiveTitle);
  return {
    title: pageLabel(lang, 'wizardPanelTitle'),
    valid: true,
    intro: pageLabel(lang, 'wizardPanelIntro'),
    verdict: {
      code: v.code,
      label: pageLabel(lang, 'wizardPanelVerdict'),
      title: v.title,
      ...(range ? { range } : {}),
      ...(overall ? { score: pageLabel(lang, 'wizardPanelScore', { score: formatScoreRange(overall, lang) }) } : {}),
    },
    lights: {
      heading: pageLabel(lang, 'wizardPanelLights'),
      items: a.dimensions.map((d) => ({ title: d.title, light: d.light, text: lightRangeText(d.lights, d.score, lang) })),
    },
    participation: {
      heading: pageLabel(lang, 'wizardPanelParticipation'),
      claimedLabel: pageLabel(lang, 'wizardPanelClaimed'),
      claimed: p.claimedLevel === null ? pageLabel(lang, 'wizardPanelNoClaim') : level(p.claimedLevel, p.claimedTitle),
      effectiveLabel: pageLabel(lang, 'wizardPanelEffective'),
      effective,
    },
    unknowns: { label: pageLabel(lang, 'wizardPanelUnknowns'), count: a.unknowns.length, hint: pageLabel(lang, 'wizardPanelUnknownsHint') },
  };
}

/** The panel of a draft: assessed when valid, else what to fix first. */
export async function draftPanel(
  deps: AppDeps,
  org: Organisation,
  draft: { kind: SubjectKind; input: Record<string, unknown>; issues: readonly FieldIssue[] },
  lang: Lang,
  stepHref: (section: string, hash: string) => string,
): Promise<PanelView> {
  if (draft.issues.length > 0) return invalidPanel(draft.kind, lang, draft.issues, stepHref);
  const overlay = await deps.store.overlays.latest(org.id);
  try {
    const { row } = await computeAssessment(draft.input, overlay, { lang, now: deps.now(), workers: deps.workers });
    return assessedPanel(JSON.parse(row.result) as Assessment, lang);
  } catch (e) {
    // The schema passed, yet the engine refused the input (a date it cannot use): said as a problem.
    if (isArmoedetoetsError(e) && e.code.startsWith('INPUT_'))
      return invalidPanel(draft.kind, lang, e.issues.length > 0 ? e.issues : [{ path: '', message: e.message }], stepHref);
    throw e;
  }
}
