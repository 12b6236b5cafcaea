// Header and footer templates for page.pdf(): inline styles only, no script, no URLs, escaped title.
import type { Lang } from '../../types.js';
import { escapeXml } from '../format.js';
import { loadLabels } from '../locales.js';
import { safeText } from '../../text-safety.js';

/** Longest title shown in the header; longer titles are cut with an ellipsis. */
const MAX_TITLE_CHARS = 160;

/** Shows control and bidirectional formatting characters as escapes (as the body does), collapses whitespace and shortens a title for the running header. */
export function headerTitle(title: string): string {
  const flat = safeText(title)
    .replace(/[\u2028\u2029\s]+/gu, ' ')
    .trim();
  const chars = Array.from(flat); // by code point, so a surrogate pair is never cut in half
  return chars.length <= MAX_TITLE_CHARS ? flat : `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…`;
}

// The template document has Chromium's tiny default font size and no margins of its own:
// set everything inline. The font stack names the fonts Debian installs with Chromium.
const BOX =
  "box-sizing:border-box;width:100%;padding:0 15mm;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;" + 'font-size:8pt;line-height:1.2;color:#444;';

export function headerTemplate(title: string): string {
  return (
    `<div style="${BOX}padding-top:9mm;"><div style="padding-bottom:1.5mm;border-bottom:0.5pt solid #999;` +
    'white-space:nowrap;overflow:hidden;text-overflow:ellipsis;">' +
    `${escapeXml(headerTitle(title))}</div></div>`
  );
}

export function footerTemplate(lang: Lang): string {
  // "pagina x van y" from the report's labels; {page} and {total} become Chromium's page-number spans.
  const label = escapeXml(loadLabels(lang).pageOfTotal as string)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return `<div style="${BOX}padding-bottom:8mm;text-align:right;">${label}</div>`;
}
