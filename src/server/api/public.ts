// Routes without login: validate and assess an input as the CLI does (nothing stored), the rules and parameters in force.
import type { Request } from 'express';
import { defaultRuleset } from '../../ruleset/load.js';
import { isRealDate } from '../../assess-options.js';
import type { FieldIssue } from '../../errors.js';
import type { Lang } from '../../types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { apiText } from '../messages/api.js';
import { today } from '../services/assessing.js';
import { checkInput, parseInput } from '../services/input.js';
import { parametersInForce, rulesInForce } from '../services/rules.js';
import { MAX_INPUT_BYTES } from '../../validation/parse.js';
import { tasks } from '../workers/tasks.js';
import { bodyText, queryLang, queryPretty, queryValue, requestInvalid, sendJson, sendJsonBytes } from './http.js';
import { DATE_QUERY, LANG_QUERY, PRETTY_QUERY, type ApiRoute } from './route.js';

/** `?date=` checked as a real date; today in Belgium without it. */
function dateOf(req: Request, ctx: RequestContext, deps: AppDeps, issues: FieldIssue[]): string {
  const v = queryValue(req, 'date', issues, ctx.lang);
  if (v === undefined) return today(deps.now());
  if (!isRealDate(v)) issues.push({ path: 'date', message: apiText(ctx.lang, 'fieldDate') });
  return v;
}

async function inputOf(req: Request, ctx: RequestContext): Promise<Record<string, unknown>> {
  const { text, format } = await bodyText(req, ctx.lang, MAX_INPUT_BYTES);
  return parseInput(text, format, ctx.lang);
}

const inThread = tasks();

export function publicRoutes(deps: AppDeps): ApiRoute[] {
  return [
    {
      method: 'post',
      path: '/api/v1/validate',
      access: 'public',
      summary: 'Check an input (JSON or YAML) against its schema without assessing or storing it',
      doc: { body: 'input', response: { type: 'application/json', schema: 'ValidationResult' } },
      handler: async (req, res, ctx) => {
        const { input } = checkInput(await inputOf(req, ctx), ctx.lang);
        sendJson(res, 200, { valid: true, kind: input.kind, title: input.meta.title });
      },
    },
    {
      method: 'post',
      path: '/api/v1/assess',
      access: 'public',
      summary: "Assess an input (JSON or YAML) with the shipped rules and return the CLI's --format json (on one line unless ?pretty=true); nothing is stored",
      doc: { body: 'input', response: { type: 'application/json', schema: 'assessment' }, query: [LANG_QUERY, DATE_QUERY, PRETTY_QUERY] },
      handler: async (req, res, ctx) => {
        const issues: FieldIssue[] = [];
        const lang = queryLang(req, issues, ctx.lang);
        const date = queryValue(req, 'date', issues, ctx.lang);
        if (date !== undefined && !isRealDate(date)) issues.push({ path: 'date', message: apiText(ctx.lang, 'fieldDate') });
        const pretty = queryPretty(req, issues, ctx.lang);
        if (issues.length > 0) throw requestInvalid(ctx.lang, issues);
        const { text, format } = await bodyText(req, ctx.lang, MAX_INPUT_BYTES);
        const job = { text, format, requestLang: ctx.lang, lang, date, today: today(deps.now()), pretty };
        // On a worker thread when the server has them (every core assesses); else in this thread, the same code.
        sendJsonBytes(res, 200, await (deps.workers ? deps.workers.run('public', job, ctx.lang) : inThread.public(job)));
      },
    },
    inForce(deps, '/api/v1/rules', 'The checks and dimensions of the shipped rule pack in force on a date', rulesInForce),
    inForce(
      deps,
      '/api/v1/parameters',
      'The parameters of the shipped rule pack (leefloon, thresholds …) and their values in force on a date',
      parametersInForce,
    ),
  ];
}

/** A public GET of what the shipped pack holds on `?date=` (today in Brussels by default), in `?lang=`. */
function inForce(deps: AppDeps, path: string, summary: string, view: (rs: ReturnType<typeof defaultRuleset>, date: string, lang: Lang) => unknown): ApiRoute {
  return {
    method: 'get',
    path,
    access: 'public',
    summary,
    doc: { response: { type: 'application/json' }, query: [LANG_QUERY, DATE_QUERY] },
    handler: async (req, res, ctx) => {
      const issues: FieldIssue[] = [];
      const lang = queryLang(req, issues, ctx.lang) ?? ctx.lang;
      const date = dateOf(req, ctx, deps, issues);
      if (issues.length > 0) throw requestInvalid(ctx.lang, issues);
      sendJson(res, 200, view(defaultRuleset(), date, lang));
    },
  };
}
