// The CLI as a function: arguments and an IO object in, exit code out (tests call it directly).
import { ArmoedetoetsError, isArmoedetoetsError } from '../errors.js';
import { defaultRuleset, loadRuleset } from '../ruleset/load.js';
import { PACKAGE_VERSION } from '../paths.js';
import { validateInput } from '../validation/validate.js';
import { renderExplain, renderRuleList } from '../output/explain.js';
import { label } from '../output/labels.js';
import { safeJson, safeText } from '../text-safety.js';
import type { Ruleset } from '../types.js';
import { parseCliArgs, USAGE, type CliArgs } from './args.js';
import { readInput } from './input.js';
import { errorJson, errorLines } from './problems.js';
import { t } from '../i18n.js';
import type { CliIO } from './io.js';
import { assessCommand } from './commands/assess.js';
import { reportCommand } from './commands/report.js';
import { isServerCommand, serverCommand } from './commands/server.js';

export type { CliIO };
export const EXIT = { ok: 0, internal: 1, invalid: 2 } as const;

function rulesetFor(args: CliArgs): Ruleset {
  return args.rules ? loadRuleset({ overlayDir: args.rules, lang: args.lang }) : defaultRuleset();
}

/** --timeout wins over ARMOEDETOETS_PDF_TIMEOUT (see CliIO.pdfTimeout). */
function withTimeout(args: CliArgs, io: CliIO): CliIO {
  return args.timeout === undefined ? io : { ...io, pdfTimeout: args.timeout };
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
    case 'audit':
      return assessCommand(args, rulesetFor(args), withTimeout(args, io));
    case 'report':
      return reportCommand(args, rulesetFor(args), withTimeout(args, io));
    case 'rules-lint': {
      const rs = rulesetFor(args);
      io.stdout(
        `ok: ${rs.info.name} ${rs.info.version} (${rs.info.hash})${rs.info.overlay ? ` + ${rs.info.overlay.name}` : ''}: ${rs.checks.length} checks, ${rs.parameters.size} parameters\n`,
      );
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
    if (isServerCommand(argv)) return await serverCommand(argv, io);
    args = parseCliArgs(argv);
    return await runCommand(args, io);
  } catch (e) {
    if (isArmoedetoetsError(e) && e.expected) {
      if (args?.format === 'json') io.stderr(safeJson({ error: errorJson(e) }) + '\n');
      else io.stderr(errorLines(e, args?.lang ?? 'nl').join('\n') + '\n');
      return EXIT.invalid;
    }
    io.stderr(`${t(args?.lang ?? 'nl', 'internalError', { detail: safeText((e as Error)?.stack ?? String(e)) })}\n`);
    return EXIT.internal;
  }
}
