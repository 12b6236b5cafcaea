// The pages' static files (templates/pages/assets/: the small scripts that improve a page that works
// without them). Only the files there at start-up are served, by name, with their own content type.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type express from 'express';
import { PAGE_CSP } from '../http/security.js';
import { PAGES_DIR } from './render.js';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

export function assetRoutes(app: express.Application): void {
  const dir = join(PAGES_DIR, 'assets');
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { type, body: readFileSync(join(dir, name)) });
  }
  app.get('/assets/:name', (req, res, next) => {
    const file = files.get(String(req.params['name']));
    if (!file) return next();
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type(file.type).send(file.body);
  });
}
