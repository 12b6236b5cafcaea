// The council's pages of a dossier (issue 10, section 3): /o/:org/dossiers/:id/council with the status
// and its next step, comments, the participation group's input, the advice, the college's answer and
// the feedback to the participants; the chair's signing page; the feedback's print view. Each form posts
// to a route of its own whose access is the workflow's role list (workflow.ts).
import { READ } from '../api/scope.js';
import type { AppDeps, RouteSpec } from '../context.js';
import { councilPosts } from './council-actions.js';
import { getCouncil } from './council-page.js';
import { councilSignPages } from './council-sign.js';

export function councilPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/dossiers/:id/council',
      access: READ,
      sessionOnly: true,
      page: true,
      summary: "Page: the council's work on a dossier (status, comments, participation input, advice, answer, feedback)",
      handler: (req, res, ctx) => getCouncil(deps, req, res, ctx),
    },
    ...councilPosts(deps),
    ...councilSignPages(deps),
  ];
}
