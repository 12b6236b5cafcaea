// A route of the API with what the OpenAPI document says about it beyond the route table's own fields.
import type { RouteSpec } from '../context.js';

export interface QueryDoc {
  name: string;
  description: string;
  /** A JSON Schema for the value; a string by default. */
  schema?: Record<string, unknown>;
}

export interface RouteDoc {
  /** The request body: the CLI's input (JSON or YAML), or a JSON object described by a schema component. */
  body?: 'input' | { schema: string };
  /** The success answer: status (200 by default), media type, and a schema component for JSON. */
  response?: { status?: number; type: string; schema?: string };
  query?: QueryDoc[];
}

export interface ApiRoute extends RouteSpec {
  doc?: RouteDoc;
}

const LANG_SCHEMA = { type: 'string', enum: ['nl', 'fr', 'en'] };
export const LANG_QUERY: QueryDoc = { name: 'lang', description: 'Taal van het antwoord / language of the answer (nl, fr, en).', schema: LANG_SCHEMA };
export const DATE_QUERY: QueryDoc = {
  name: 'date',
  description: 'Datum (JJJJ-MM-DD); vandaag in Europe/Brussels als ze ontbreekt.',
  schema: { type: 'string', format: 'date' },
};
export const PRETTY_QUERY: QueryDoc = {
  name: 'pretty',
  description:
    "true: de JSON ingesprongen, byte voor byte wat `armoedetoets assess --format json` afdrukt; anders hetzelfde document op één regel / true: indented, byte for byte the CLI's output; otherwise the same document on one line.",
  schema: { type: 'string', enum: ['true', 'false'] },
};
