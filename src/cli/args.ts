// Command-line parsing: commands, options and their checks, with Dutch usage text.
import { parseArgs } from 'node:util';
import { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { ReportVariant } from '../report/council.js';
import { LANGS, type Lang } from '../types.js';

export type Format = 'json' | 'text' | 'html' | 'pdf';
const FORMATS: readonly Format[] = ['json', 'text', 'html', 'pdf'];
const VARIANTS: readonly ReportVariant[] = ['full', 'short'];

export interface CliArgs {
  command: 'assess' | 'audit' | 'report' | 'validate' | 'rules-lint' | 'rules-list' | 'explain' | 'help' | 'version';
  positional: string[];
  format: Format;
  lang: Lang;
  /**
   * Every language of --lang, in order (`--lang fr,nl`): an HTML or PDF report then holds the full
   * report in each, one after the other. One language otherwise; `lang` is the first.
   */
  langs: Lang[];
  /** --lang was given; otherwise the input's meta.language may choose the output language. */
  langGiven: boolean;
  date?: string;
  rules?: string;
  output?: string;
  /** An earlier audit of the same service (input or saved assessment), for the changes since. */
  previous?: string;
  /** --timeout: the time limit per PDF in seconds, as given (checked: see parseTimeoutSeconds). */
  timeout?: string;
  /** --variant: the full report (default) or the short one for the college, for --format html or pdf. */
  variant: ReportVariant;
}

export const USAGE = `armoedetoets — armoedetoets voor lokale voorstellen en diensten

Gebruik:
  armoedetoets assess BESTAND [--format text|json|html|pdf] [--lang nl|fr|en] [--date JJJJ-MM-DD] [--rules MAP] [-o UIT]
      zonder --lang: de taal van het voorstel (meta.language), anders Nederlands; pdf vraagt -o
      --timeout SECONDEN (pdf): hoelang één PDF mag duren, browserstart inbegrepen (standaard 30; ook ARMOEDETOETS_PDF_TIMEOUT)
      --lang fr,nl (html of pdf): één document met het volledige rapport in het Frans en daarna in het Nederlands
      --variant short (html of pdf): het korte rapport voor het college (hoogstens zes bladzijden); standaard full
  armoedetoets assess MAP --format html|pdf|json|text -o UITMAP   elk bestand van de map; een fout bestand wordt overgeslagen
  armoedetoets audit BESTAND  [zelfde opties] [--previous EERDER]   drempelscan met actieplan (en wat veranderde)
  armoedetoets report TOETS.json --format html|pdf|text [-o UIT] [--lang …]   een bewaard toetsresultaat opnieuw weergeven
  armoedetoets validate BESTAND [--lang …]      controleer een invoerbestand zonder te toetsen
  armoedetoets rules lint [--rules MAP]         controleer het regelpakket (en een lokale overlay)
  armoedetoets rules list [--lang …] [--rules MAP]
  armoedetoets explain CHECK_ID [--lang …] [--date …] [--rules MAP]

Server (instellingen via omgevingsvariabelen PORT, HOST, DATA_DIR, DATABASE_URL …; zie docs/operations.md):
  armoedetoets serve                            start de server (hetzelfde als npm start)
  armoedetoets db migrate                       breng de databank bij
  armoedetoets user add --email E --name NAAM [--org KORTENAAM --role ROL] [--platform-admin]
      maakt een gebruiker en toont een eenmalige link (24 uur) om een wachtwoord te kiezen
  armoedetoets reassess                         herbeoordeel de laatste versie van elk open dossier met de regels van vandaag
      (na een indexering van het leefloon); toont de dossiers waarvan het oordeel veranderde

Exitcodes: 0 gelukt, 2 ongeldige invoer, 1 interne fout.
`;

/** A usage error: exit 2, the message under the field "argumenten". */
export function usage(message: string): ArmoedetoetsError {
  return new ArmoedetoetsError('USAGE', message, { issues: [{ path: 'argumenten', message }] });
}

/** Longest time limit accepted: an hour is far beyond any report; a larger value is a typo. */
export const MAX_PDF_TIMEOUT_S = 3600;

/** Seconds from --timeout or ARMOEDETOETS_PDF_TIMEOUT: a number above 0 and at most an hour (decimals allowed). */
export function parseTimeoutSeconds(value: string, source: string): number {
  const trimmed = value.trim();
  const seconds = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(seconds > 0 && seconds <= MAX_PDF_TIMEOUT_S)) {
    throw usage(`${source} moet een aantal seconden zijn, groter dan 0 en hoogstens ${MAX_PDF_TIMEOUT_S}, niet "${value}"`);
  }
  return seconds;
}

/** `--lang nl`, or several languages for one multilingual report: `--lang fr,nl`. */
function parseLangs(value: string | undefined): Lang[] {
  const langs = (value ?? 'nl').split(',').map((x) => x.trim());
  for (const l of langs) if (!LANGS.includes(l as Lang)) throw usage(`--lang moet nl, fr of en zijn (of een lijst zoals fr,nl), niet "${value}"`);
  if (new Set(langs).size !== langs.length) throw usage(`--lang noemt een taal twee keer: "${value}"`);
  return langs as Lang[];
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        date: { type: 'string', short: 'd' },
        rules: { type: 'string', short: 'r' },
        output: { type: 'string', short: 'o' },
        previous: { type: 'string', short: 'p' },
        timeout: { type: 'string' },
        variant: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw usage(`${(e as Error).message.split('\n')[0]}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const langs = parseLangs(values.lang);
  const lang = langs[0] as Lang;
  // `-o ''` would otherwise mean "no -o" and print to the terminal
  if (values.output === '') throw usage(t(lang, 'outputEmpty'));
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw usage(`--format moet text, json, html of pdf zijn, niet "${values.format}"`);
  if (values.timeout !== undefined) {
    if (format !== 'pdf') throw usage('--timeout geldt enkel voor --format pdf');
    parseTimeoutSeconds(values.timeout, '--timeout');
  }
  const variant = (values.variant ?? 'full') as ReportVariant;
  if (!VARIANTS.includes(variant)) throw usage(`--variant moet full of short zijn, niet "${values.variant}"`);
  if (values.variant !== undefined && format !== 'html' && format !== 'pdf') throw usage('--variant geldt enkel voor --format html of pdf');
  const base = {
    lang,
    langs,
    langGiven: values.lang !== undefined,
    format,
    date: values.date,
    rules: values.rules,
    output: values.output,
    previous: values.previous,
    timeout: values.timeout,
    variant,
  };
  if (values.version) return { ...base, command: 'version', positional: [] };
  const [cmd, ...rest] = positionals;
  if (values.help || cmd === undefined || cmd === 'help') return { ...base, command: 'help', positional: [] };
  const one = (name: string): string[] => {
    if (rest.length !== 1) throw usage(`${name} verwacht precies één ${name === 'explain' ? 'check-ID' : 'bestand'}.\n\n${USAGE}`);
    return rest;
  };
  if (langs.length > 1 && cmd !== 'assess' && cmd !== 'audit' && cmd !== 'report') throw usage(`${cmd} verwacht één taal: --lang nl, fr of en`);
  if (values.variant !== undefined && cmd !== 'assess' && cmd !== 'audit' && cmd !== 'report')
    throw usage('--variant geldt enkel voor assess, audit en report');
  switch (cmd) {
    case 'assess':
    case 'audit':
    case 'report':
      if (format === 'pdf' && values.output === undefined) throw usage('Een PDF gaat naar een bestand: geef -o advies.pdf');
      if (langs.length > 1 && format !== 'html' && format !== 'pdf')
        throw usage(`Meer talen tegelijk (--lang ${langs.join(',')}) kan enkel voor --format html of pdf`);
      return { ...base, command: cmd, positional: one(cmd) };
    case 'validate':
      return { ...base, command: cmd, positional: one(cmd) };
    case 'explain':
      return { ...base, command: 'explain', positional: one('explain') };
    case 'rules': {
      const sub = rest[0];
      if (sub === 'lint') return { ...base, command: 'rules-lint', positional: [] };
      if (sub === 'list') return { ...base, command: 'rules-list', positional: [] };
      throw usage(`rules verwacht "lint" of "list".\n\n${USAGE}`);
    }
    default:
      throw usage(`Onbekend commando "${cmd}".\n\n${USAGE}`);
  }
}
