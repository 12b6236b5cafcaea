// An error on a page is a page: the same status and message as the API's envelope, in the user's
// language, with a way back; a request that needs a login is sent to the login page instead.
import type { Request, Response } from 'express';
import type { ArmoedetoetsError } from '../../errors.js';
import type { AppDeps, RequestContext } from '../context.js';
import { statusOf } from '../http/errors.js';
import { loginHref, seeOther, sendHtml } from './http.js';
import { pageRequest } from './chrome.js';
import { pageLabel, renderPage, type PageLabelKey } from './render.js';

const TITLES: Record<number, PageLabelKey> = {
  400: 'errorTitle400',
  403: 'errorTitle403',
  404: 'errorTitle404',
  413: 'errorTitle400',
  429: 'errorTitle429',
  503: 'errorTitle503',
};

export async function sendErrorPage(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, e: ArmoedetoetsError): Promise<void> {
  if (e.code === 'UNAUTHENTICATED') {
    // After signing in, a GET comes back to the same page. A form post cannot be repeated and our pages
    // send no Referer (Referrer-Policy: no-referrer), so it comes back to the start page.
    return seeOther(res, loginHref(req.method === 'GET' ? req.originalUrl : '/'));
  }
  const status = statusOf(e);
  const title = pageLabel(ctx.lang, TITLES[status] ?? 'errorTitle500');
  const base = ctx.org ? `/o/${encodeURIComponent(ctx.org.slug)}` : '/';
  const model = {
    message: e.message,
    issues: e.issues,
    back: base,
    reference: pageLabel(ctx.lang, 'errorReference', { id: ctx.requestId }),
  };
  let html: string;
  try {
    html = renderPage('error', title, model, await pageRequest(deps, req, ctx, { wide: false }));
  } catch {
    // The chrome needs the database; when that is what failed, the page goes without it.
    html = renderPage('error', title, model, { lang: ctx.lang, path: req.path, query: {} });
  }
  sendHtml(res, status, html);
}
