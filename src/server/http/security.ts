// Security headers (helmet 8) with a strict Content-Security-Policy: nothing loads by default; the one
// relaxation is what a report served by the API needs (its CSS is inline; its charts may be data: images).
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  // the report's stylesheet is inlined in its <style> element (src/report/html.ts)
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ['data:'],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // the API and its reports are never framed, not even by ourselves
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * The pages' policy: the API's, plus scripts and requests to this site only (the small script that
 * updates the wizard's preview, served from /assets). No inline script, ever.
 */
export const PAGE_CSP = Object.entries({ ...CSP_DIRECTIVES, scriptSrc: ["'self'"], connectSrc: ["'self'"] })
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${v.join(' ')}`)
  .join('; ');
