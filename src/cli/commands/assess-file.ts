// One input file read, checked and assessed for `assess` and `audit` (one file or each file of a folder).
import { assess } from '../../assess.js';
import { ArmoedetoetsError } from '../../errors.js';
import { t } from '../../i18n.js';
import type { Assessment, Ruleset } from '../../types.js';
import type { CliArgs } from '../args.js';
import { outputLang, readInput } from '../input.js';
import type { CliIO } from '../io.js';

export async function assessFile(file: string, args: CliArgs, ruleset: Ruleset, io: CliIO): Promise<Assessment> {
  const raw = readInput(file, io, args.lang);
  if (args.command === 'audit' && raw['kind'] !== 'service-audit') {
    const message = t(args.lang, 'auditNeedsAudit');
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'kind', message }] });
  }
  const lang = args.langGiven ? args.lang : outputLang(raw, args.lang);
  return assess(raw, { ruleset, lang, date: args.date, today: io.today });
}
