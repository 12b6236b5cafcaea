// The wizard's start: /o/:org/drafts/new?kind=proposal|service-audit[&dossier=ID] offers the user's own
// drafts to go on with, a blank start (a title is all it takes), the dossier's latest version (for a new
// version), or an input file as the CLI reads it (YAML or JSON, uploaded). Starting makes a draft.
import type { Request, Response } from 'express';
import { ArmoedetoetsError, isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import type { Dossier, Organisation } from '../../store/types.js';
import type { Lang, SubjectKind } from '../../types.js';
import { decodeText } from '../../validation/decode.js';
import { detectFormat } from '../../validation/parse.js';
import { notFound } from '../api/http.js';
import { authorOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { fieldText } from '../forms/catalogue.js';
import { uploadedFiles } from '../http/multipart.js';
import { checkInput, parseInput } from '../services/input.js';
import { formatDate } from '../../report/format.js';
import { orgBase, pageRequest } from './chrome.js';
import { seeOther, sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';
import { draftBase, orgOfPage, wizardUrl } from './wizard-draft.js';
import { sectionOf } from './wizard-steps.js';

const KINDS: readonly SubjectKind[] = ['proposal', 'service-audit'];
const str = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

function kindOf(raw: string, lang: Lang): SubjectKind {
  const kind = raw === '' ? 'proposal' : raw;
  if (!(KINDS as readonly string[]).includes(kind)) {
    const message = pageLabel(lang, 'wizardKindInvalid');
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'kind', message }] });
  }
  return kind as SubjectKind;
}

async function dossierOf(deps: AppDeps, ctx: RequestContext, id: string): Promise<Dossier | undefined> {
  if (id === '') return undefined;
  const d = await deps.store.dossiers.get(orgOfPage(ctx).id, id);
  if (!d) throw notFound(ctx.lang, 'dossierNotFound');
  return d;
}

interface StartState {
  kind: SubjectKind;
  dossier?: Dossier;
  title?: string;
  municipality?: string;
  /** Problems of the blank start, per field name. */
  fieldErrors?: Record<string, string>;
  /** Problems of an uploaded file. */
  fileProblems?: FieldIssue[];
  fileError?: string;
}

async function startPage(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, s: StartState, status = 200): Promise<void> {
  const org = orgOfPage(ctx);
  const lang = ctx.lang;
  const userId = ctx.actor?.userId ?? '';
  const drafts = (await deps.store.drafts.listForAuthor(org.id, userId)).filter((d) => d.kind === s.kind && d.dossierId === (s.dossier?.id ?? null));
  const title = s.dossier
    ? pageLabel(lang, 'wizardNewVersion', { title: s.dossier.title })
    : pageLabel(lang, s.kind === 'proposal' ? 'wizardNewProposal' : 'wizardNewAudit');
  const meta = sectionOf(s.kind, 'meta');
  const metaField = (key: string) => meta?.field.children?.find((f) => f.key === key);
  const labelOf = (key: string): string => {
    const f = metaField(key);
    return f ? fieldText(lang, s.kind, f).title : key;
  };
  const field = (key: string, value: string) => {
    const name = `meta.${key}`;
    const error = s.fieldErrors?.[name];
    return { name, id: name, label: labelOf(key), value, maxLength: metaField(key)?.maxLength ?? 200, error, errorId: error ? `${name}-error` : undefined };
  };
  const chrome = await pageRequest(deps, req, ctx, { keep: ['kind', 'dossier'], wide: false });
  const model = {
    intro: s.dossier
      ? pageLabel(lang, 'wizardStartIntroVersion', { n: s.dossier.latestVersion, next: s.dossier.latestVersion + 1 })
      : pageLabel(lang, 'wizardStartIntro'),
    drafts: drafts.map((d) => {
      const parsed = JSON.parse(d.data) as { meta?: { title?: unknown } };
      const t = typeof parsed.meta?.title === 'string' && parsed.meta.title.trim() !== '' ? parsed.meta.title : pageLabel(lang, 'wizardUntitled');
      return {
        href: `${draftBase(org, d.id)}?lang=${lang}`,
        title: t,
        updated: pageLabel(lang, 'wizardDraftUpdated', { date: formatDate(d.updatedAt, lang) }),
      };
    }),
    action: `${orgBase(org.slug)}/drafts?lang=${lang}`,
    csrf: chrome.chrome?.csrfToken ?? '',
    kind: s.kind,
    dossierId: s.dossier?.id ?? '',
    version: s.dossier !== undefined,
    blankErrors: Object.keys(s.fieldErrors ?? {}).length > 0,
    fields: s.dossier ? [] : [field('title', s.title ?? ''), field('municipality', s.municipality ?? org.name)],
    otherKind: s.dossier
      ? undefined
      : {
          href: `${orgBase(org.slug)}/drafts/new?kind=${s.kind === 'proposal' ? 'service-audit' : 'proposal'}&lang=${lang}`,
          label: pageLabel(lang, s.kind === 'proposal' ? 'wizardOtherKindAudit' : 'wizardOtherKindProposal'),
        },
    fileProblems: s.fileProblems,
    fileError: s.fileError,
  };
  sendHtml(res, status, renderPage('wizard-start', title, model, chrome));
}

async function showStart(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const kindRaw = str(req.query['kind']);
  const dossier = await dossierOf(deps, ctx, str(req.query['dossier']));
  const kind = dossier ? dossier.kind : kindOf(kindRaw, ctx.lang);
  await startPage(deps, req, res, ctx, { kind, ...(dossier ? { dossier } : {}) });
}

/** The input of an uploaded file, read as the CLI reads one; its problems, in the user's language, otherwise. */
function fileInput(req: Request, lang: Lang, kind: SubjectKind): { text: string } | { problems?: FieldIssue[]; error?: string } {
  const file = uploadedFiles(req).find((f) => f.field === 'file' && (f.bytes.length > 0 || f.filename !== ''));
  if (!file) return { error: pageLabel(lang, 'wizardFileMissing') };
  try {
    const text = decodeText(file.bytes, file.filename, lang);
    const checked = checkInput(parseInput(text, detectFormat(file.filename, text), lang), lang);
    if (checked.input.kind !== kind) return { error: pageLabel(lang, 'wizardFileKind', { kind }) };
    return { text: checked.text };
  } catch (e) {
    if (!isArmoedetoetsError(e) || e.code === 'INTERNAL') throw e;
    return { problems: e.issues.length > 0 ? e.issues : [{ path: file.filename, message: e.message }] };
  }
}

async function createDraft(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org: Organisation = orgOfPage(ctx);
  const lang = ctx.lang;
  const body = (req.body ?? {}) as Record<string, unknown>;
  const dossier = await dossierOf(deps, ctx, str(body['dossier']));
  const kind = dossier ? dossier.kind : kindOf(str(body['kind']), lang);
  const base = { kind, ...(dossier ? { dossier } : {}) };
  let data: string;
  if (str(body['start']) === 'file') {
    const got = fileInput(req, lang, kind);
    if (!('text' in got))
      return startPage(
        deps,
        req,
        res,
        ctx,
        { ...base, ...(got.problems ? { fileProblems: got.problems } : {}), ...(got.error ? { fileError: got.error } : {}) },
        400,
      );
    data = got.text;
  } else if (dossier) {
    const latest = await deps.store.versions.get(org.id, dossier.id, dossier.latestVersion);
    data = latest?.input ?? JSON.stringify({ kind, meta: { title: dossier.title, municipality: org.name } });
  } else {
    const title = str(body['meta.title']);
    const municipality = str(body['meta.municipality']);
    const input = { kind, meta: { title: title.trim(), municipality: municipality.trim() } };
    const fieldErrors: Record<string, string> = {};
    try {
      checkInput(input, lang);
    } catch (e) {
      if (!isArmoedetoetsError(e)) throw e;
      for (const i of e.issues) fieldErrors[i.path] = i.message;
    }
    if (title.trim() === '') fieldErrors['meta.title'] ??= pageLabel(lang, 'wizardTitleNeeded');
    if (municipality.trim() === '') fieldErrors['meta.municipality'] ??= pageLabel(lang, 'wizardTitleNeeded');
    if (Object.keys(fieldErrors).length > 0) return startPage(deps, req, res, ctx, { ...base, title, municipality, fieldErrors }, 400);
    data = JSON.stringify(input);
  }
  const draft = await deps.store.drafts.create({
    orgId: org.id,
    kind,
    dossierId: dossier?.id ?? null,
    baseVersion: dossier ? dossier.latestVersion : null,
    authorId: authorOf(ctx),
    data,
    step: 'meta',
  });
  seeOther(res, wizardUrl(draftBase(org, draft.id), 'meta', lang));
}

export const startHandlers = { showStart, createDraft };
