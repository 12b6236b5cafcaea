// JSON request bodies read with the CLI's own JSON reader (src/validation/json.ts): a duplicate key is
// refused with its path and line, as in an input file, instead of the last one silently winning as with
// JSON.parse; nesting is bounded before parsing. Errors are INPUT_SYNTAX / INPUT_INVALID envelopes (400).
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { MAX_DEPTH } from '../../validation/parse.js';
import { parseJson } from '../../validation/json.js';
import type { RequestContext } from '../context.js';

/** An input is nested inside a request body (e.g. `{ title, input: {…} }`): a few levels more than the CLI allows a file. */
export const MAX_BODY_DEPTH = MAX_DEPTH + 4;

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Reads a JSON body as text (up to `limit` bytes), then parses it with the duplicate-key and depth checks. */
export function jsonBody(limit: number): RequestHandler[] {
  const text = express.text({ limit, type: JSON_TYPES });
  const parse = (req: Request, res: Response, next: NextFunction): void => {
    if (typeof req.body !== 'string' || !req.is(JSON_TYPES)) {
      next();
      return;
    }
    const lang = (res.locals['ctx'] as RequestContext | undefined)?.lang ?? 'nl';
    try {
      req.body = req.body.trim() === '' ? undefined : parseJson(req.body, lang, MAX_BODY_DEPTH);
      next();
    } catch (e) {
      next(e);
    }
  };
  return [text, parse];
}
