// Answers of the pages: HTML that is never cached (it holds a user's data and a CSRF token), redirects
// after a form (303, so a reload does not post again), and the only `next` a redirect follows: a path here.
import type { Response } from 'express';

export function sendHtml(res: Response, status: number, html: string): void {
  res.status(status).type('html').setHeader('Cache-Control', 'no-store');
  res.send(html);
}

export function seeOther(res: Response, location: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(303, location);
}

/** A `next` that stays on this site: a path ("/o/x/dossiers?kind=proposal"), never "//host" or "https://…". */
export function safeNext(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\r\n]/.test(next)) return fallback;
  return next;
}

/** The login page that comes back to `path` afterwards. */
export const loginHref = (path: string): string => `/login?next=${encodeURIComponent(path)}`;
