// HTTP helpers of the API routes: request bodies as text (JSON or YAML), query values, JSON answers.
import type { Request, Response } from 'express';
import { ArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { safeJson } from '../../text-safety.js';
import { LANGS, type Lang } from '../../types.js';
import { MAX_DEPTH, type InputFormat } from '../../validation/parse.js';
import { t } from '../../i18n.js';
import { apiText, type ApiMessageKey } from '../messages/api.js';

/** Media types read as YAML; JSON is application/json or any `+json` type. */
const YAML_TYPES = new Set(['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml']);

/** An INPUT_INVALID naming every field problem, in the request's language. */
export function requestInvalid(lang: Lang, issues: FieldIssue[]): ArmoedetoetsError {
  return new ArmoedetoetsError('INPUT_INVALID', apiText(lang, 'requestInvalid', { count: issues.length }), { issues });
}

export function notFound(lang: Lang, key: ApiMessageKey): ArmoedetoetsError {
  return new ArmoedetoetsError('NOT_FOUND', apiText(lang, key));
}

/** The body's format from its Content-Type: JSON when none is given. */
export function bodyFormat(req: Request, lang: Lang): InputFormat {
  const header = req.headers['content-type'];
  const type = (header ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (YAML_TYPES.has(type)) return 'yaml';
  throw requestInvalid(lang, [{ path: 'Content-Type', message: apiText(lang, 'contentType', { type: JSON.stringify(type).slice(0, 80) }) }]);
}

function tooLarge(lang: Lang, maxBytes: number): ArmoedetoetsError {
  const message = apiText(lang, 'bodyTooLarge', { max: maxBytes });
  return new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path: '(body)', message }], data: { max: maxBytes } });
}

function decodeUtf8(bytes: Uint8Array, lang: Lang): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const message = apiText(lang, 'bodyNotUtf8');
    throw new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path: '(body)', message }] });
  }
}

/** JSON text of a parsed body; a value nested past the call stack is refused as the input parser refuses deep nesting. */
function jsonAgain(body: unknown, lang: Lang): string {
  try {
    return JSON.stringify(body);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const message = t(lang, 'tooDeep', { max: MAX_DEPTH });
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues: [{ path: t(lang, 'root'), message }] });
  }
}

/** Reads the request stream, refusing it as soon as it passes `maxBytes`. */
async function readStream(req: Request, maxBytes: number, lang: Lang): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > maxBytes) throw tooLarge(lang, maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The request body as text with its format, at most `maxBytes` (UTF-8). Whatever body parser ran
 * before (none, text, raw or JSON), the text is what the input parser then checks: the same
 * limits, duplicate keys and depth as the CLI's files.
 */
export async function bodyText(req: Request, lang: Lang, maxBytes: number): Promise<{ text: string; format: InputFormat }> {
  const format = bodyFormat(req, lang);
  const body: unknown = req.body;
  let text: string;
  if (typeof body === 'string') text = body;
  else if (body instanceof Uint8Array) text = decodeUtf8(body, lang);
  else if (typeof body === 'object' && body !== null) {
    // A JSON body parser ran already: its value, as JSON text again, goes through the same checks.
    text = jsonAgain(body, lang);
  } else text = decodeUtf8(await readStream(req, maxBytes, lang), lang);
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw tooLarge(lang, maxBytes);
  return { text, format };
}

/** One query value as text (undefined when absent); a repeated parameter is a field error. */
export function queryValue(req: Request, name: string, issues: FieldIssue[], lang: Lang): string | undefined {
  const v: unknown = (req.query as Record<string, unknown>)[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    issues.push({ path: name, message: apiText(lang, 'fieldNotString') });
    return undefined;
  }
  return v;
}

/** `?lang=` when given and known; a wrong one is a field error. */
export function queryLang(req: Request, issues: FieldIssue[], lang: Lang): Lang | undefined {
  const v = queryValue(req, 'lang', issues, lang);
  if (v === undefined) return undefined;
  if ((LANGS as readonly string[]).includes(v)) return v as Lang;
  issues.push({ path: 'lang', message: apiText(lang, 'fieldEnum', { values: LANGS.join(', ') }) });
  return undefined;
}

/**
 * `?lang=nl`, or several languages for one report in each, one after the other (`?lang=fr,nl`): each
 * known, none twice. Undefined when absent.
 */
export function queryLangs(req: Request, issues: FieldIssue[], lang: Lang): Lang[] | undefined {
  const v = queryValue(req, 'lang', issues, lang);
  if (v === undefined) return undefined;
  const parts = v.split(',').map((p) => p.trim());
  if (parts.every((p) => (LANGS as readonly string[]).includes(p)) && new Set(parts).size === parts.length) return parts as Lang[];
  issues.push({ path: 'lang', message: apiText(lang, 'fieldLangs', { values: LANGS.join(', ') }) });
  return undefined;
}

/** `?pretty=true` or `false` (false when absent); anything else is a field error. */
export function queryPretty(req: Request, issues: FieldIssue[], lang: Lang): boolean {
  const v = queryValue(req, 'pretty', issues, lang);
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  issues.push({ path: 'pretty', message: apiText(lang, 'fieldEnum', { values: 'true, false' }) });
  return false;
}

/** A JSON answer; no control or bidirectional formatting character appears raw in it (safeJson). */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status).type('application/json; charset=utf-8').send(safeJson(body, 0));
}

/** JSON text made elsewhere (a stored result), sent as it is. */
export function sendJsonText(res: Response, status: number, text: string): void {
  res.status(status).type('application/json; charset=utf-8').send(text);
}

/** JSON bytes made elsewhere (an assessment worker's answer), sent as they are. */
export function sendJsonBytes(res: Response, status: number, bytes: Uint8Array): void {
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** A route parameter (express 5 gives strings for named parameters). */
export function param(req: Request, name: string): string {
  const v: unknown = (req.params as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : '';
}
