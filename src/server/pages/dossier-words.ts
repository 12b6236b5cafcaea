// The words the dossier pages share: statuses (the workflow in plain words), kinds, verdicts, life
// domains, dates, and one dossier as a row of a list or an item of the dashboard.
import { calendarDate, DEFAULT_TIME_ZONE } from '../../dates.js';
import { verdictTitle } from '../../output/words.js';
import { formatDate } from '../../report/format.js';
import type { Dossier, DossierStatus, VersionOrigin } from '../../store/types.js';
import type { Lang, SubjectKind, VerdictCode } from '../../types.js';
import { choiceLabel } from '../forms/catalogue.js';
import { allFields } from '../forms/schema-form.js';
import { orgBase } from './chrome.js';
import { pageLabel, type PageLabelKey } from './render.js';

export const STATUS_LABELS: Record<DossierStatus, PageLabelKey> = {
  concept: 'dossierStatusConcept',
  submitted: 'dossierStatusSubmitted',
  'in-review': 'dossierStatusInReview',
  'advice-adopted': 'dossierStatusAdviceAdopted',
  decided: 'dossierStatusDecided',
  'followed-up': 'dossierStatusFollowedUp',
  closed: 'dossierStatusClosed',
};

/** The workflow's steps in order (concept → ingediend → … → opgevolgd); `closed` stands beside it. */
export const WORKFLOW: readonly DossierStatus[] = ['concept', 'submitted', 'in-review', 'advice-adopted', 'decided', 'followed-up'];

export const KIND_LABELS: Record<SubjectKind, PageLabelKey> = { proposal: 'dossierKindProposal', 'service-audit': 'dossierKindServiceAudit' };

/** The input field a dossier's life domains come from (the seed's and the services' lifeDomainsOf). */
export const LIFE_DOMAIN_PATH = 'screening.lifeDomains[].domain';

export const statusText = (lang: Lang, s: DossierStatus): string => pageLabel(lang, STATUS_LABELS[s]);

/** How the pages say that the tool made a version from the council's record. */
const ORIGIN_LABELS: Record<VersionOrigin, PageLabelKey> = {
  'council-participation': 'dossierOriginParticipation',
  'council-feedback': 'dossierOriginFeedback',
};
export const originText = (lang: Lang, o: VersionOrigin): string => pageLabel(lang, ORIGIN_LABELS[o]);
export const kindText = (lang: Lang, k: SubjectKind): string => pageLabel(lang, KIND_LABELS[k]);
export const verdictText = (lang: Lang, v: VerdictCode | null): string => (v === null ? pageLabel(lang, 'dossierNoVerdict') : verdictTitle(v, lang));
export const lifeDomainText = (lang: Lang, domain: string): string => choiceLabel(lang, LIFE_DOMAIN_PATH, domain);

/** The life domains the schema offers, in its order. */
export function lifeDomains(): string[] {
  return allFields('proposal').find((f) => f.path === LIFE_DOMAIN_PATH)?.choices ?? [];
}

/** A date ("2026-06-30") or a timestamp (its day in Brussels), written out: "30 juni 2026". */
export function dayText(lang: Lang, at: string): string {
  return formatDate(calendarDate(at, DEFAULT_TIME_ZONE, new Date(at), lang), lang);
}

export const dossiersHref = (slug: string): string => `${orgBase(slug)}/dossiers`;
export const dossierHref = (slug: string, id: string): string => `${dossiersHref(slug)}/${encodeURIComponent(id)}`;

export interface DossierRow {
  href: string;
  title: string;
  kind: string;
  status: string;
  /** The verdict's code (a class for its colour) and its words (the colour is never the only sign). */
  verdictCode: VerdictCode | 'none';
  verdict: string;
  domains: string;
  updated: string;
}

export function dossierRow(lang: Lang, slug: string, d: Dossier): DossierRow {
  return {
    href: dossierHref(slug, d.id),
    title: d.title,
    kind: kindText(lang, d.kind),
    status: statusText(lang, d.status),
    verdictCode: d.latestVerdict ?? 'none',
    verdict: verdictText(lang, d.latestVerdict),
    domains: d.lifeDomains.map((x) => lifeDomainText(lang, x)).join(', '),
    updated: dayText(lang, d.updatedAt),
  };
}
