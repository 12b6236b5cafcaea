// `armoedetoets serve | db migrate | user add`: the server's commands, loaded only when one of them runs,
// so an assessment never loads (or, bundled, never even parses) the server's code. The bundled command
// requires the server's own bundle beside it (dist/cli/server.cjs, scripts/bundle-cli.ts); from source
// or tsc's output the module itself.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../io.js';

type ServerCommands = typeof import('../../server/commands.js');

export const SERVER_COMMAND_NAMES: readonly string[] = ['serve', 'db', 'user', 'reassess'];

const require = createRequire(import.meta.url);

function loadServerCommands(): ServerCommands {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) return require(join(dirname(here), 'server.cjs')) as ServerCommands;
  return require('../../server/commands.js') as ServerCommands;
}

export function isServerCommand(argv: string[]): boolean {
  return argv[0] !== undefined && SERVER_COMMAND_NAMES.includes(argv[0]);
}

export function serverCommand(argv: string[], io: CliIO): Promise<number> {
  return loadServerCommands().runServerCommand(argv, { stdout: io.stdout, stderr: io.stderr, env: io.env ?? {}, cwd: io.cwd ?? '.' });
}
