// The organisation's administrators: its local rules (overlay) and re-assessing every open dossier.
import type { FieldIssue } from '../../errors.js';
import type { AppDeps } from '../context.js';
import { apiText } from '../messages/api.js';
import { MAX_OVERLAY_BYTES, MAX_OVERLAY_FILES, uploadOverlay } from '../services/overlays.js';
import { reassessOrg } from '../services/reassess.js';
import { parseInputText } from '../../validation/parse.js';
import { BodyFields } from './body.js';
import { bodyText, requestInvalid, sendJson } from './http.js';
import type { ApiRoute } from './route.js';
import { ADMIN, actorOf, authorOf, orgOf, READ } from './scope.js';
import { overlayView } from './views.js';

/** An upload is one object of file texts: two levels, with room for the loader's own depth checks inside the texts. */
const OVERLAY_BODY_LIMITS = { maxBytes: MAX_OVERLAY_BYTES, maxDepth: 3 };

export function adminRoutes(deps: AppDeps): ApiRoute[] {
  const { store } = deps;
  return [
    {
      method: 'get',
      path: '/api/v1/orgs/:org/overlay',
      access: READ,
      summary: "The organisation's local rules: the current overlay with its files, and every version",
      doc: { response: { type: 'application/json' } },
      handler: async (_req, res, ctx) => {
        const org = orgOf(ctx);
        const current = await store.overlays.latest(org.id);
        const versions = await store.overlays.list(org.id);
        sendJson(res, 200, { current: current ? { ...overlayView(current), files: current.files } : null, versions: versions.map(overlayView) });
      },
    },
    {
      method: 'put',
      path: '/api/v1/orgs/:org/overlay',
      access: ADMIN,
      summary: 'Upload new local rules (the files of a --rules overlay); linted, then stored as the next version',
      doc: { body: { schema: 'OverlayUpload' }, response: { status: 201, type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const { lang } = ctx;
        const { text, format } = await bodyText(req, lang, MAX_OVERLAY_BYTES);
        const f = new BodyFields(parseInputText(text, format, lang, OVERLAY_BODY_LIMITS), ['files'], lang);
        f.required('files');
        f.done();
        const files = f.raw('files');
        const issues: FieldIssue[] = [];
        if (files === null || typeof files !== 'object' || Array.isArray(files)) issues.push({ path: 'files', message: apiText(lang, 'overlayFiles') });
        else {
          const entries = Object.entries(files as Record<string, unknown>);
          if (entries.length > MAX_OVERLAY_FILES) issues.push({ path: 'files', message: apiText(lang, 'overlayTooManyFiles', { max: MAX_OVERLAY_FILES }) });
          for (const [path, v] of entries) if (typeof v !== 'string') issues.push({ path: `files.${path}`, message: apiText(lang, 'fieldNotString') });
        }
        if (issues.length > 0) throw requestInvalid(lang, issues);
        const overlay = await uploadOverlay(store, orgOf(ctx), actorOf(ctx), authorOf(ctx), files as Record<string, string>, lang);
        sendJson(res, 201, { overlay: overlayView(overlay) });
      },
    },
    {
      method: 'post',
      path: '/api/v1/orgs/:org/reassess',
      access: ADMIN,
      summary: 'Re-assess the latest version of every open dossier with the rules in force today; lists the changed verdicts',
      doc: { response: { type: 'application/json' } },
      handler: async (_req, res, ctx) => {
        const report = await reassessOrg(deps, orgOf(ctx), actorOf(ctx));
        sendJson(res, 200, report);
      },
    },
  ];
}
