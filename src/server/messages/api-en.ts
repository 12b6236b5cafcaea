// The API's own texts in English.
import type { Message } from '../../messages/types.js';
import type { ApiMessageKey } from './api-nl.js';

export const apiEn: Record<ApiMessageKey, Message> = {
  requestInvalid: { one: 'The request has 1 error.', other: 'The request has {count} errors.' },
  bodyNotObject: 'expected a JSON object, not {type}',
  bodyTooLarge: 'The request is too large: at most {max} bytes.',
  bodyNotUtf8: 'The request is not valid UTF-8 text.',
  contentType: 'Unknown content type {type}: send application/json, application/yaml or text/yaml.',
  fieldRequired: 'required field missing',
  fieldUnknown: 'unknown field (allowed: {known})',
  fieldNotString: 'must be text',
  fieldEmpty: 'must not be empty',
  fieldTooLong: 'too long: at most {max} characters',
  fieldEnum: 'must be one of these values: {values}',
  fieldInteger: 'must be a whole number from {min} to {max}',
  fieldDate: 'must be a date (YYYY-MM-DD) or a timestamp (ISO 8601)',
  kindMismatch: 'kind {kind} differs from the kind of input ({input})',
  cursorInvalid: 'invalid cursor: use the nextCursor of the previous page',
  dossierNotFound: 'Dossier not found.',
  versionNotFound: 'This version of the dossier does not exist.',
  assessmentNotFound: 'Assessment not found.',
  overlayNotFound: 'This organisation has no local rules (overlay) yet.',
  overlayInvalid: { one: 'The overlay was refused: 1 error.', other: 'The overlay was refused: {count} errors.' },
  overlayFiles: 'expected an object with the overlay files: path → text (e.g. "overlay.json")',
  overlayTooManyFiles: 'at most {max} files',
  pdfBusy: 'The PDF maker is busy. Try again in {seconds} seconds.',
  pdfUnavailable: 'The PDF could not be made now (the browser stopped or did not answer in time). Try again shortly.',
  reassessNone: 'Reassessed: {count} open dossiers; no verdict changed.',
  reassessChanged: { one: 'Reassessed: {total} open dossiers; 1 verdict changed:', other: 'Reassessed: {total} open dossiers; {count} verdicts changed:' },
  reassessLine: '  {org} · {title} (version {version}): {from} → {to}',
  reassessFailed: '  {org} · dossier {id}: not reassessed ({code})',
};
