// Loads the shipped rule pack and an optional local overlay into one checked, hashed Ruleset.
import { ArmoedetoetsError } from '../errors.js';
import { RULES_DIR } from '../paths.js';
import type {
  CheckDefinition,
  DimensionDefinition,
  HouseholdDefinition,
  LadderDefinition,
  LocalizedText,
  ParameterDefinition,
  ParameterFile,
  RuleFile,
  Ruleset,
  ScoringSettings,
} from '../types.js';
import { fileAt, filesUnder, readPackFolder, type PackFolder } from './files.js';
import { checkPackFile } from './validate.js';
import { lintRuleset } from './lint.js';
import { readSnapshot } from './snapshot.js';

interface PackManifest {
  name: string;
  version: string;
  description: LocalizedText;
}

interface OverlayManifest {
  name: string;
  version: string;
  disable?: { id: string; reason: string }[];
  weights?: Record<string, number>;
}

function required<T>(folder: PackFolder, path: string, schemaDef: string): T {
  const data = fileAt(folder, path);
  if (data === undefined) {
    throw new ArmoedetoetsError('RULESET_INVALID', `${folder.dir}: ${path} ontbreekt`, { data: { file: path } });
  }
  return checkPackFile<T>(data, schemaDef, path);
}

function readChecks(folder: PackFolder, origin: 'pack' | 'overlay'): (CheckDefinition & { dimension: string })[] {
  const out: (CheckDefinition & { dimension: string })[] = [];
  for (const f of filesUnder(folder, 'checks/')) {
    const file = checkPackFile<RuleFile>(f.data, 'rule-file.schema.json', f.path);
    for (const c of file.checks) out.push({ ...c, dimension: file.dimension, origin });
  }
  return out;
}

function readParameters(folder: PackFolder): ParameterDefinition[] {
  const out: ParameterDefinition[] = [];
  for (const f of filesUnder(folder, 'parameters/')) {
    out.push(...checkPackFile<ParameterFile>(f.data, 'parameter-file.schema.json', f.path).parameters);
  }
  return out;
}

function addUnique<T extends { id: string }>(map: Map<string, T>, items: T[], what: string): void {
  for (const item of items) {
    if (map.has(item.id)) {
      throw new ArmoedetoetsError('RULESET_INVALID', `${what} ${item.id} staat twee keer in het pakket`, { data: { id: item.id } });
    }
    map.set(item.id, item);
  }
}

export interface LoadOptions {
  /** Folder of the base pack; the shipped pack by default. */
  dir?: string;
  /** Folder of a local overlay (`--rules DIR`). */
  overlayDir?: string;
}

/** Reads, validates and lints a pack (and overlay). Throws RULESET_NOT_FOUND or RULESET_INVALID. */
export function loadRuleset(options: LoadOptions = {}): Ruleset {
  const base = readPackFolder(options.dir ?? RULES_DIR);
  const manifest = required<PackManifest>(base, 'pack.json', 'pack.schema.json#/$defs/pack');
  const dimensions = required<{ dimensions: DimensionDefinition[] }>(base, 'dimensions.json', 'pack.schema.json#/$defs/dimensions').dimensions.map((d) => ({ ...d }));
  let scoring = required<ScoringSettings>(base, 'scoring.json', 'pack.schema.json#/$defs/scoring');
  const ladder = required<LadderDefinition>(base, 'ladder.json', 'pack.schema.json#/$defs/ladder');
  const households = required<{ households: HouseholdDefinition[] }>(base, 'households.json', 'pack.schema.json#/$defs/households').households;

  const checks = new Map<string, CheckDefinition & { dimension: string }>();
  addUnique(checks, readChecks(base, 'pack'), 'Check');
  const parameters = new Map<string, ParameterDefinition>();
  addUnique(parameters, readParameters(base), 'Parameter');

  let overlayInfo: Ruleset['info']['overlay'] = null;
  const disabled: { id: string; reason: string }[] = [];
  if (options.overlayDir) {
    const overlay = readPackFolder(options.overlayDir);
    const om = required<OverlayManifest>(overlay, 'overlay.json', 'pack.schema.json#/$defs/overlay');
    overlayInfo = { name: om.name, version: om.version, hash: overlay.hash };
    // Parameters of the overlay replace the pack's definition of the same id (local values win).
    for (const p of readParameters(overlay)) parameters.set(p.id, p);
    // Local checks are added; an id the pack already has must be disabled first, never silently replaced.
    addUnique(checks, readChecks(overlay, 'overlay'), 'Check');
    for (const d of om.disable ?? []) {
      if (!checks.has(d.id)) {
        throw new ArmoedetoetsError('RULESET_INVALID', `overlay.json: kan onbekende check ${d.id} niet uitschakelen`, { data: { id: d.id } });
      }
      checks.delete(d.id);
      disabled.push(d);
    }
    for (const [id, weight] of Object.entries(om.weights ?? {})) {
      const dim = dimensions.find((d) => d.id === id);
      if (!dim) throw new ArmoedetoetsError('RULESET_INVALID', `overlay.json: onbekende dimensie ${id} in weights`, { data: { id } });
      dim.weight = weight;
    }
    const localScoring = fileAt(overlay, 'scoring.json');
    if (localScoring !== undefined) scoring = checkPackFile<ScoringSettings>(localScoring, 'pack.schema.json#/$defs/scoring', 'overlay/scoring.json');
  }

  const ruleset: Ruleset = {
    info: { name: manifest.name, version: manifest.version, hash: base.hash, overlay: overlayInfo, disabled },
    dimensions,
    checks: [...checks.values()],
    parameters,
    scoring,
    ladder,
    households,
  };
  lintRuleset(ruleset);
  return ruleset;
}

let shipped: Ruleset | undefined;

/** The shipped pack, loaded once per process: from the build's snapshot while the pack is unchanged (snapshot.ts). */
export function defaultRuleset(): Ruleset {
  shipped ??= readSnapshot() ?? loadRuleset();
  return shipped;
}
