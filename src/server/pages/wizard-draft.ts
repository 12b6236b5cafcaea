// A draft as the wizard's pages use it: the author's own (anyone else is told it does not exist), its
// input parsed, a posted step folded in, the steps with what each holds, and the links between them.
import { ArmoedetoetsError, type FieldIssue } from '../../errors.js';
import type { Draft, Organisation } from '../../store/types.js';
import type { Lang, Ruleset, SubjectKind } from '../../types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { fieldText } from '../forms/catalogue.js';
import { replaceMarks, sectionFromForm, type FormValues } from '../forms/form-data.js';
import { sharedRulesets } from '../services/rulesets.js';
import { orgBase } from './chrome.js';
import { pageLabel } from './render.js';
import { hiddenSections, issueName, issueSection, REVIEW_STEP, sectionOf, wizardSections } from './wizard-steps.js';

export interface OpenDraft {
  draft: Draft;
  input: Record<string, unknown>;
}

export function notFoundStep(ctx: RequestContext): ArmoedetoetsError {
  return new ArmoedetoetsError('NOT_FOUND', pageLabel(ctx.lang, 'wizardNotFound'));
}

export function orgOfPage(ctx: RequestContext): Organisation {
  if (!ctx.org) throw new ArmoedetoetsError('INTERNAL', 'organisation page without an organisation');
  return ctx.org;
}

export const draftBase = (org: Organisation, id: string): string => `${orgBase(org.slug)}/drafts/${encodeURIComponent(id)}`;

/** A wizard address that keeps the language (the form posts and redirects too): `base/step?lang=fr&…#hash`. */
export function wizardUrl(base: string, step: string, lang: Lang, query: Record<string, string> = {}, hash?: string): string {
  const q = new URLSearchParams({ ...query, lang }).toString();
  return `${base}/${step}?${q}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/** The draft, when it is the asking user's own in this organisation; NOT_FOUND otherwise, for its author's colleagues too. */
export async function ownDraft(deps: AppDeps, ctx: RequestContext, id: string): Promise<OpenDraft> {
  const draft = id === '' ? undefined : await deps.store.drafts.get(orgOfPage(ctx).id, id);
  if (!draft || draft.authorId !== ctx.actor?.userId) throw notFoundStep(ctx);
  const parsed: unknown = JSON.parse(draft.data);
  const input = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { kind: draft.kind };
  return { draft, input };
}

/** The dimensions of the organisation's rules (its overlay's, when it has one): their triggers hide sections. */
export async function orgRuleset(deps: AppDeps, org: Organisation): Promise<Ruleset> {
  return sharedRulesets.forOverlay(await deps.store.overlays.latest(org.id));
}

/**
 * The draft with a step's posted fields folded in (a draft may be unfinished: problems and all). `remove`
 * is a row the "verwijderen" button takes out. Pure: the caller saves.
 */
export function foldStep(
  open: OpenDraft,
  step: string,
  form: FormValues,
  o: { lang: Lang; remove?: string },
): { input: Record<string, unknown>; unknowns: string[] } {
  const { draft } = open;
  const input: Record<string, unknown> = { ...open.input, kind: draft.kind };
  let unknowns = draft.unknowns;
  const section = sectionOf(draft.kind, step);
  if (section) {
    const parsed = sectionFromForm(section, form, input[step], { lang: o.lang, ...(o.remove ? { remove: o.remove } : {}) });
    if (parsed.value === undefined) delete input[step];
    else input[step] = parsed.value;
    unknowns = replaceMarks(unknowns, step, parsed.unknowns);
  }
  return { input, unknowns };
}

/** The line above a step's title: what the draft will become. */
export async function kickerOf(deps: AppDeps, ctx: RequestContext, open: OpenDraft): Promise<string> {
  const { draft } = open;
  if (draft.dossierId) {
    const dossier = await deps.store.dossiers.get(draft.orgId, draft.dossierId);
    if (dossier) return pageLabel(ctx.lang, 'wizardKickerVersion', { title: dossier.title });
  }
  return pageLabel(ctx.lang, 'wizardKicker', { kind: pageLabel(ctx.lang, draft.kind === 'proposal' ? 'wizardKindProposal' : 'wizardKindAudit') });
}

/** The value at a form name of the input (`affordability.prices`, `impact.householdEffects.0.note`). */
export function valueAt(input: Record<string, unknown>, name: string): unknown {
  let v: unknown = input;
  for (const p of name.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

export interface StepLink {
  key: string;
  title: string;
  href: string;
  current: boolean;
  hidden: boolean;
  status: string;
  /** How the status reads: filled, empty, hidden, errors (for its style). */
  state: 'filled' | 'empty' | 'hidden' | 'errors' | 'review';
}

const hasData = (v: unknown): boolean =>
  v !== undefined && v !== null && (typeof v !== 'object' || (Array.isArray(v) ? v.some(hasData) : Object.values(v).some(hasData)));

/** The step list: every section with what it holds (filled, empty, ruled out, its problems), then the review. */
export function stepLinks(
  kind: SubjectKind,
  lang: Lang,
  base: string,
  current: string,
  input: Record<string, unknown>,
  hidden: ReadonlySet<string>,
  issues: readonly FieldIssue[],
): StepLink[] {
  const errors = new Map<string, number>();
  for (const i of issues) {
    const s = issueSection(issueName(i.path));
    errors.set(s, (errors.get(s) ?? 0) + 1);
  }
  const links: StepLink[] = wizardSections(kind).map((s) => {
    const count = errors.get(s.key) ?? 0;
    const isHidden = hidden.has(s.key);
    const state = count > 0 ? 'errors' : isHidden ? 'hidden' : hasData(input[s.key]) ? 'filled' : 'empty';
    const status =
      state === 'errors'
        ? count === 1
          ? pageLabel(lang, 'wizardStatusError')
          : pageLabel(lang, 'wizardStatusErrors', { count })
        : pageLabel(lang, state === 'hidden' ? 'wizardStatusHidden' : state === 'filled' ? 'wizardStatusFilled' : 'wizardStatusEmpty');
    return {
      key: s.key,
      title: fieldText(lang, kind, s.field).title,
      href: wizardUrl(base, s.key, lang),
      current: s.key === current,
      hidden: isHidden,
      status,
      state,
    };
  });
  links.push({
    key: REVIEW_STEP,
    title: pageLabel(lang, 'wizardReview'),
    href: wizardUrl(base, REVIEW_STEP, lang),
    current: current === REVIEW_STEP,
    hidden: false,
    status: '',
    state: 'review',
  });
  return links;
}

/** Which sections the screening of this input rules out, with the organisation's rules. */
export async function hiddenFor(deps: AppDeps, org: Organisation, input: Record<string, unknown>): Promise<Set<string>> {
  return hiddenSections(input, (await orgRuleset(deps, org)).dimensions);
}
