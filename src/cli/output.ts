// Writing results: a file system error becomes a clear OUTPUT_FAILED that names the output path.
import { ArmoedetoetsError } from '../errors.js';
import type { CliIO } from './io.js';

function outputFailed(path: string, e: unknown, what: string): ArmoedetoetsError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOENT' ? 'de map bestaat niet'
    : code === 'EACCES' || code === 'EPERM' ? 'geen schrijfrechten'
    : code === 'EISDIR' ? 'dat is een map'
    : code === 'ENOTDIR' ? 'een deel van het pad is geen map'
    : code === 'ENOSPC' ? 'de schijf is vol'
    : (e as Error)?.message ?? String(e);
  const message = `Kan ${what} "${path}" niet schrijven: ${reason}.`;
  return new ArmoedetoetsError('OUTPUT_FAILED', message, { issues: [{ path: '-o', message }], data: { path, errno: code }, cause: e });
}

export function writeOutput(io: CliIO, path: string, data: string | Uint8Array): void {
  try {
    io.writeFile(path, data);
  } catch (e) {
    throw outputFailed(path, e, 'het bestand');
  }
}

/** The result to the -o file when one is given, else to standard output (PDF always has -o: see parseCliArgs). */
export function emit(io: CliIO, output: string | undefined, data: string | Uint8Array): void {
  if (output) writeOutput(io, output, data);
  else io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
}

export function makeOutputDir(io: CliIO, path: string): void {
  try {
    io.makeDir(path);
  } catch (e) {
    throw outputFailed(path, e, 'de uitvoermap');
  }
}
