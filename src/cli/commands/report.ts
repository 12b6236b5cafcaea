// `report`: render a saved assessment again, as HTML, PDF or text, without assessing anew.
import type { Ruleset } from '../../types.js';
import type { CliArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { checkOutput, emit, protect } from '../output.js';
import { renderAs, withRenderer } from '../render.js';
import { readPrevious } from './previous.js';
import { readSaved } from './saved.js';

export async function reportCommand(args: CliArgs, ruleset: Ruleset, io: CliIO): Promise<number> {
  const file = args.positional[0] as string;
  const inputs = protect(io, [file, args.previous]);
  if (args.output !== undefined) checkOutput(io, args.output, args.lang, inputs);
  const a = readSaved(file, io, args.lang);
  // HTML and PDF take labels and check texts in the chosen language from the rule pack.
  const lang = args.langGiven ? args.lang : a.lang;
  return withRenderer(ruleset, io, async (ctx) => {
    const previous = args.previous ? await readPrevious(args.previous, ruleset, io, lang) : undefined;
    const out = await renderAs(a, args.format, lang, ctx, { color: io.color && !args.output, previous, langs: args.langs, variant: args.variant });
    emit(io, args.output, out, args.lang, inputs);
    return 0;
  });
}
