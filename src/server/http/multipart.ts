// Form posts with a file (multipart/form-data, what a browser sends for <input type="file">): the wizard
// starts from an uploaded input file without any script. The text fields become the request's body, as
// a plain form post's do (so the CSRF field is read the same way); the files are kept as bytes beside
// it, for the caller to decode and parse with the CLI's own rules. Bounded like every other body.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ArmoedetoetsError } from '../../errors.js';
import type { RequestContext } from '../context.js';
import { sm } from '../messages/index.js';

export interface UploadedFile {
  /** The form field's name. */
  field: string;
  /** The file's name as the browser gave it (no folders); '' when none was chosen. */
  filename: string;
  bytes: Uint8Array;
}

const uploads = new WeakMap<Request, UploadedFile[]>();

/** The files of a multipart form post (none for any other request). */
export function uploadedFiles(req: Request): UploadedFile[] {
  return uploads.get(req) ?? [];
}

const CRLF2 = Buffer.from('\r\n\r\n');

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A parameter of a Content-Disposition header (name="…", filename="…"). */
function dispositionParam(header: string, key: string): string | undefined {
  const m = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  return m ? (m[1] as string).replace(/\\(.)/g, '$1') : undefined;
}

/** The fields and files of a multipart body; undefined when it is not one. */
export function parseMultipart(body: Buffer, boundary: string): { fields: Record<string, string | string[]>; files: UploadedFile[] } | undefined {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  const files: UploadedFile[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return undefined;
  for (;;) {
    at += delimiter.length;
    // "--" after a delimiter ends the body.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) break;
    const headStart = body.indexOf('\r\n', at);
    const headEnd = body.indexOf(CRLF2, headStart);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd);
    if (headStart < 0 || headEnd < 0 || next < 0) return undefined;
    const headers = body.subarray(headStart + 2, headEnd).toString('utf8');
    const content = body.subarray(headEnd + 4, next);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = dispositionParam(disposition, 'name');
    if (name !== undefined) {
      const filename = dispositionParam(disposition, 'filename');
      if (filename !== undefined) {
        files.push({ field: name, filename: filename.split(/[/\\]/).pop() ?? '', bytes: new Uint8Array(content) });
      } else {
        const value = content.toString('utf8');
        const had = fields[name];
        fields[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
      }
    }
    at = next + 2;
  }
  return { fields, files };
}

/** The body parser of multipart form posts, at most `limit` bytes. */
export function multipartBody(limit: number): RequestHandler[] {
  const raw = express.raw({ type: 'multipart/form-data', limit });
  const parse = (req: Request, res: Response, next: NextFunction): void => {
    if (!Buffer.isBuffer(req.body) || !req.is('multipart/form-data')) {
      next();
      return;
    }
    const boundary = boundaryOf(req.headers['content-type']);
    const parsed = boundary === undefined ? undefined : parseMultipart(req.body, boundary);
    if (!parsed) {
      const lang = (res.locals['ctx'] as RequestContext | undefined)?.lang ?? 'nl';
      next(new ArmoedetoetsError('INPUT_INVALID', sm(lang, 'multipartInvalid')));
      return;
    }
    req.body = parsed.fields;
    uploads.set(req, parsed.files);
    next();
  };
  return [raw, parse];
}
