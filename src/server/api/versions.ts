// Versions of a dossier: each save a new immutable version (validated, stored as validated, assessed);
// read one with its input, download the input as JSON or YAML, list the assessments.
import type { Request } from 'express';
import { stringify } from 'yaml';
import { MAX_INPUT_BYTES } from '../../validation/parse.js';
import type { Version } from '../../store/types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { addVersion } from '../services/dossiers.js';
import { checkInput, parseInput } from '../services/input.js';
import { bodyText, notFound, param, sendJson, sendJsonText } from './http.js';
import type { ApiRoute } from './route.js';
import { actorOf, authorOf, dossierOf, orgOf, READ, WRITE } from './scope.js';
import { assessmentView, dossierView, versionView } from './views.js';

/** Version numbers are 1, 2, 3 …: anything else in the path names no version (404). */
const VERSION_NUMBER = /^[1-9]\d{0,8}$/;

async function versionOf(deps: AppDeps, req: Request, ctx: RequestContext): Promise<Version> {
  const d = await dossierOf(deps.store, ctx, param(req, 'id'));
  const n = param(req, 'n');
  const v = VERSION_NUMBER.test(n) ? await deps.store.versions.get(orgOf(ctx).id, d.id, Number(n)) : undefined;
  if (!v) throw notFound(ctx.lang, 'versionNotFound');
  return v;
}

/** A download's file name: ASCII letters, digits and dashes only (the title is the user's text). */
function fileName(v: Version, ext: string): string {
  return `dossier-${v.dossierId.replace(/[^A-Za-z0-9-]/g, '')}-v${v.number}.${ext}`;
}

export function versionRoutes(deps: AppDeps): ApiRoute[] {
  const { store } = deps;
  const base = '/api/v1/orgs/:org/dossiers/:id';
  return [
    {
      method: 'get',
      path: `${base}/versions`,
      access: READ,
      summary: 'The versions of a dossier, oldest first (without their inputs)',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        sendJson(res, 200, { items: (await store.versions.list(orgOf(ctx).id, d.id)).map(versionView) });
      },
    },
    {
      method: 'post',
      path: `${base}/versions`,
      access: WRITE,
      summary: 'Save a new version from an input (JSON or YAML): validated, stored as validated, assessed',
      doc: { body: 'input', response: { status: 201, type: 'application/json', schema: 'Saved' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        const { text, format } = await bodyText(req, ctx.lang, MAX_INPUT_BYTES);
        const checked = checkInput(parseInput(text, format, ctx.lang), ctx.lang);
        const saved = await addVersion(deps, orgOf(ctx), d, actorOf(ctx), authorOf(ctx), checked);
        res.location(`/api/v1/orgs/${orgOf(ctx).slug}/dossiers/${d.id}/versions/${saved.version.number}`);
        sendJson(res, 201, { dossier: dossierView(saved.dossier), version: versionView(saved.version), assessment: assessmentView(saved.assessment) });
      },
    },
    {
      method: 'get',
      path: `${base}/versions/:n`,
      access: READ,
      summary: 'One version of a dossier with its input',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const v = await versionOf(deps, req, ctx);
        sendJson(res, 200, { version: versionView(v), input: JSON.parse(v.input) as unknown });
      },
    },
    {
      method: 'get',
      path: `${base}/versions/:n/input.json`,
      access: READ,
      summary: 'Download the input of a version as JSON, exactly as stored',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const v = await versionOf(deps, req, ctx);
        res.setHeader('Content-Disposition', `attachment; filename="${fileName(v, 'json')}"`);
        sendJsonText(res, 200, v.input);
      },
    },
    {
      method: 'get',
      path: `${base}/versions/:n/input.yaml`,
      access: READ,
      summary: 'Download the input of a version as YAML (the same data)',
      doc: { response: { type: 'application/yaml' } },
      handler: async (req, res, ctx) => {
        const v = await versionOf(deps, req, ctx);
        res.setHeader('Content-Disposition', `attachment; filename="${fileName(v, 'yaml')}"`);
        res
          .status(200)
          .type('application/yaml; charset=utf-8')
          .send(stringify(JSON.parse(v.input), { lineWidth: 0 }));
      },
    },
    {
      method: 'get',
      path: `${base}/assessments`,
      access: READ,
      summary: 'The assessments of every version of a dossier (without their results)',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        sendJson(res, 200, { items: (await store.assessments.listForDossier(orgOf(ctx).id, d.id)).map(assessmentView) });
      },
    },
  ];
}
