// Words the services pages share with the report: lights, scores, dates and action statuses in the page's
// language (the report's own labels for what the report already names, so both say it the same way).
import { formatScoreRange } from '../../i18n.js';
import { formatDate } from '../../report/format.js';
import { loadLabels, type Labels } from '../../report/locales.js';
import { lightText } from '../../report/model-checks.js';
import type { ActionStatus } from '../../store/types.js';
import type { Lang, Light } from '../../types.js';
import { pageLabel, type PageLabelKey } from './render.js';

export const reportLabels = (lang: Lang): Labels => loadLabels(lang);

export const lightWord = (lang: Lang, light: Light): string => lightText(light, loadLabels(lang));

/** "62,5", "48–84", or "n.v.t." without a score. */
export const scoreWords = (lang: Lang, score: { low: number; high: number } | null): string =>
  score ? formatScoreRange(score, lang) : lightText('not-applicable', loadLabels(lang));

/** "15 september 2026". */
export const longDate = (iso: string, lang: Lang): string => formatDate(iso, lang);

const LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const shortFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "15/09/2026": short enough for a chart's axis. */
export function shortDate(iso: string, lang: Lang): string {
  let f = shortFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    shortFormats.set(lang, f);
  }
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

const STATUS_KEY: Record<ActionStatus, PageLabelKey> = {
  open: 'servicesStatusOpen',
  'in-progress': 'servicesStatusInProgress',
  done: 'servicesStatusDone',
  dropped: 'servicesStatusDropped',
};

export const statusWord = (lang: Lang, status: ActionStatus): string => pageLabel(lang, STATUS_KEY[status]);
