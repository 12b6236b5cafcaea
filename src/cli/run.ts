// The CLI as a function: arguments and an IO object in, exit code out (tests call it directly).
import { assess } from '../assess.js';
import { ArmoedetoetsError, isArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import { defaultRuleset, loadRuleset } from '../ruleset/load.js';
import { PACKAGE_VERSION } from '../paths.js';
import { detectFormat, MAX_INPUT_BYTES, parseInputText } from '../validation/parse.js';
import { validateInput } from '../validation/validate.js';
import { renderText } from '../output/text.js';
import { renderExplain, renderRuleList } from '../output/explain.js';
import { label } from '../output/labels.js';
import type { Lang, Ruleset } from '../types.js';
import { parseCliArgs, USAGE, type CliArgs } from './args.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Size in bytes, or throws when the file cannot be read. */
  fileSize(path: string): number;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  today: string;
  color: boolean;
}

export const EXIT = { ok: 0, internal: 1, invalid: 2 } as const;

function readInput(path: string, io: CliIO, lang: Lang): Record<string, unknown> {
  let size: number;
  let text: string;
  try {
    size = io.fileSize(path);
    if (size > MAX_INPUT_BYTES) {
      const message = t(lang, 'inputTooLarge', { size, max: MAX_INPUT_BYTES });
      throw new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path, message }] });
    }
    text = io.readFile(path);
  } catch (e) {
    if (isArmoedetoetsError(e)) throw e;
    const message = t(lang, 'fileUnreadable', { file: path, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    throw new ArmoedetoetsError('INPUT_UNREADABLE', message, { cause: e });
  }
  return parseInputText(text, detectFormat(path, text), lang);
}

/** Without --lang, a proposal written in French (meta.language: fr) gets its assessment in French. */
function outputLang(raw: Record<string, unknown>, fallback: Lang): Lang {
  const meta = raw['meta'];
  const l = meta !== null && typeof meta === 'object' ? (meta as Record<string, unknown>)['language'] : undefined;
  return l === 'nl' || l === 'fr' || l === 'en' ? l : fallback;
}

function rulesetFor(args: CliArgs): Ruleset {
  return args.rules ? loadRuleset({ overlayDir: args.rules }) : defaultRuleset();
}

function emit(args: CliArgs, io: CliIO, text: string): void {
  if (args.output) io.writeFile(args.output, text);
  else io.stdout(text);
}

async function runCommand(args: CliArgs, io: CliIO): Promise<number> {
  switch (args.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT.ok;
    case 'version':
      io.stdout(`armoedetoets ${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    case 'validate': {
      const file = args.positional[0] as string;
      const input = validateInput(readInput(file, io, args.lang), args.lang);
      io.stdout(label(args.lang, 'valid', { file, kind: input.kind }) + '\n');
      return EXIT.ok;
    }
    case 'assess':
    case 'audit': {
      const file = args.positional[0] as string;
      const raw = readInput(file, io, args.lang);
      if (args.command === 'audit' && raw['kind'] !== 'service-audit') {
        const message = 'audit verwacht een drempelscan (kind: service-audit); gebruik assess voor een voorstel';
        throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'kind', message }] });
      }
      const lang = args.langGiven ? args.lang : outputLang(raw, args.lang);
      const a = await assess(raw, { ruleset: rulesetFor(args), lang, date: args.date, today: io.today });
      emit(args, io, args.format === 'json' ? JSON.stringify(a, null, 2) + '\n' : renderText(a, { color: io.color && !args.output }));
      return EXIT.ok;
    }
    case 'rules-lint': {
      const rs = rulesetFor(args);
      io.stdout(`ok: ${rs.info.name} ${rs.info.version} (${rs.info.hash})${rs.info.overlay ? ` + ${rs.info.overlay.name}` : ''}: ${rs.checks.length} checks, ${rs.parameters.size} parameters\n`);
      return EXIT.ok;
    }
    case 'rules-list':
      io.stdout(renderRuleList(rulesetFor(args), args.lang, args.date ?? io.today));
      return EXIT.ok;
    case 'explain': {
      const id = args.positional[0] as string;
      const text = renderExplain(rulesetFor(args), id, args.lang, args.date ?? io.today);
      if (text === null) throw new ArmoedetoetsError('CHECK_NOT_FOUND', `Onbekende check: ${id} (zie "armoedetoets rules list")`);
      io.stdout(text);
      return EXIT.ok;
    }
  }
}

/** Runs one CLI invocation; expected errors print one line per problem and return 2, bugs return 1. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs | undefined;
  try {
    args = parseCliArgs(argv);
    return await runCommand(args, io);
  } catch (e) {
    if (isArmoedetoetsError(e) && e.expected) {
      if (args?.format === 'json') {
        io.stderr(JSON.stringify({ error: e.toJSON() }, null, 2) + '\n');
      } else {
        const lines = [e.message, ...e.issues.filter((i) => i.message !== e.message).map((i) => `  - ${i.path}: ${i.message}`)];
        io.stderr(lines.join('\n') + '\n');
      }
      return EXIT.invalid;
    }
    io.stderr(`Interne fout: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
