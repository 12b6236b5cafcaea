// The shipped pack as the build loaded, validated and linted it (dist/src/ruleset/shipped-ruleset.json):
// a CLI call then reads and hashes the pack files but neither validates nor lints them again (about
// 35 ms of a cold start). Used only while the pack's hash is the one the build saw.
import { existsSync, readFileSync } from 'node:fs';
import { builtArtifact, RULES_DIR } from '../paths.js';
import type { ParameterDefinition, Ruleset } from '../types.js';
import { packFolderHash } from './files.js';

export const SNAPSHOT_FILE = 'shipped-ruleset.json';

/** The snapshot in dist/src/ruleset/; undefined when running from source (tsx, tests). */
export const SNAPSHOT_PATH = builtArtifact(`ruleset/${SNAPSHOT_FILE}`);

/** A loaded ruleset as JSON (the parameters map as a list of pairs). */
export function snapshotText(rs: Ruleset): string {
  return JSON.stringify({ ...rs, parameters: [...rs.parameters] });
}

/**
 * The ruleset of a snapshot, if it exists and was made from the pack now in `packDir` (same content
 * hash, no overlay); undefined otherwise, and the caller loads the pack the full way.
 */
export function readSnapshot(file: string | undefined = SNAPSHOT_PATH, packDir: string = RULES_DIR): Ruleset | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  let data: Omit<Ruleset, 'parameters'> & { parameters: [string, ParameterDefinition][] };
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as typeof data;
  } catch {
    return undefined;
  }
  if (data.info?.overlay !== null || data.info.hash !== packFolderHash(packDir)) return undefined;
  return { ...data, parameters: new Map(data.parameters) };
}
