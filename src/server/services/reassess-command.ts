// `armoedetoets reassess`: re-assesses the latest version of every open dossier of every organisation
// with the rules in force today, and prints the dossiers whose verdict changed (Dutch by default).
// The command's shell: it opens the database from the environment, like `db migrate`.
import { verdictTitle } from '../../output/words.js';
import type { Lang } from '../../types.js';
import { openServerStore, type Output } from '../bootstrap.js';
import { apiText } from '../messages/api.js';
import { reassessAll, type ReassessReport } from './reassess.js';

/** The report as lines of text: a summary, then one line per changed verdict and per dossier that failed. */
export function reassessLines(report: ReassessReport, lang: Lang): string[] {
  const lines =
    report.changed.length === 0
      ? [apiText(lang, 'reassessNone', { count: report.dossiers })]
      : [apiText(lang, 'reassessChanged', { count: report.changed.length, total: report.dossiers })];
  for (const c of report.changed) {
    const from = c.from === null ? '—' : verdictTitle(c.from, lang);
    lines.push(apiText(lang, 'reassessLine', { org: c.orgSlug, title: c.title, version: c.version, from, to: verdictTitle(c.to, lang) }));
  }
  for (const f of report.failed) lines.push(apiText(lang, 'reassessFailed', { org: f.orgSlug, id: f.dossierId, code: f.code }));
  return lines;
}

export async function reassessCommand(io: Output & { env: Record<string, string | undefined>; cwd: string }, lang: Lang): Promise<number> {
  const { store } = await openServerStore(io.env, io.cwd);
  try {
    await store.migrate();
    const report = await reassessAll({ store, now: () => new Date() });
    io.stdout(reassessLines(report, lang).join('\n') + '\n');
    return 0;
  } finally {
    await store.close();
  }
}
