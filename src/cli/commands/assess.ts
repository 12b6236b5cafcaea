// `assess` and `audit`: one file to standard output or -o, or a whole folder into an output folder.
import type { Ruleset } from '../../types.js';
import type { CliArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { checkOutput, emit, protect } from '../output.js';
import { renderAs, withRenderer, type RenderContext } from '../render.js';
import { assessFile } from './assess-file.js';
import { folder } from './folder.js';
import { readPrevious } from './previous.js';

async function one(file: string, args: CliArgs, ctx: RenderContext): Promise<void> {
  const inputs = protect(ctx.io, [file, args.previous]);
  // a refused -o is said before the work, not after a PDF was made for nothing
  if (args.output !== undefined) checkOutput(ctx.io, args.output, args.lang, inputs);
  const a = await assessFile(file, args, ctx.ruleset, ctx.io);
  const previous = args.previous ? await readPrevious(args.previous, ctx.ruleset, ctx.io, a.lang) : undefined;
  const out = await renderAs(a, args.format, a.lang, ctx, { color: ctx.io.color && !args.output, previous, langs: args.langs, variant: args.variant });
  emit(ctx.io, args.output, out, args.lang, inputs);
}

export async function assessCommand(args: CliArgs, ruleset: Ruleset, io: CliIO): Promise<number> {
  const target = args.positional[0] as string;
  return withRenderer(ruleset, io, async (ctx) => {
    if (io.isDirectory(target)) return folder(target, args, ctx);
    await one(target, args, ctx);
    return 0;
  });
}
