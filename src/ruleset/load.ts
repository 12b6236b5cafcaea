// Loads the shipped rule pack and an optional local overlay into one checked, hashed Ruleset.
import { ArmoedetoetsError } from '../errors.js';
import { RULES_DIR } from '../paths.js';
import type {
  CheckDefinition,
  DimensionDefinition,
  DisabledCheck,
  HouseholdDefinition,
  Lang,
  LadderDefinition,
  LocalizedText,
  ParameterDefinition,
  ParameterFile,
  RuleFile,
  Ruleset,
  ScoringSettings,
} from '../types.js';
import { fileAt, filesUnder, packFromTexts, readPackFolder, type PackFolder } from './files.js';
import { checkPackFile } from './validate.js';
import { lintRuleset } from './lint.js';
import { applyWeights, disableChecks, overlayScoring, overrideParameters, unknownOverlayFiles, type OverlayManifest } from './overlay.js';
import { readSnapshot } from './snapshot.js';

interface PackManifest {
  name: string;
  version: string;
  description: LocalizedText;
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

/** How uploaded overlay files are named in messages, where a folder's path would stand. */
const OVERLAY_LABEL = 'overlay';

/** Rulesets made (and so linted) by loadRuleset: `assess` lints any other ruleset before it runs one. */
const loaded = new WeakSet<Ruleset>();

export function isLoadedRuleset(x: unknown): x is Ruleset {
  return typeof x === 'object' && x !== null && loaded.has(x as Ruleset);
}

export interface LoadOptions {
  /** Folder of the base pack; the shipped pack by default. */
  dir?: string;
  /** Folder of a local overlay (`--rules DIR`). */
  overlayDir?: string;
  /**
   * A local overlay as uploaded files (relative path → text, e.g. `overlay.json`, `parameters/x.json`):
   * read, hashed and linted exactly as the folder holding those files would be. Not with `overlayDir`.
   */
  overlayFiles?: Readonly<Record<string, string>>;
  /** Language of the overlay's read errors (the CLI's --lang); Dutch by default. */
  lang?: Lang;
}

/** Reads, validates and lints a pack (and overlay). Throws RULESET_NOT_FOUND or RULESET_INVALID. */
export function loadRuleset(options: LoadOptions = {}): Ruleset {
  const base = readPackFolder(options.dir ?? RULES_DIR);
  const manifest = required<PackManifest>(base, 'pack.json', 'pack.schema.json#/$defs/pack');
  const dimensions = required<{ dimensions: DimensionDefinition[] }>(base, 'dimensions.json', 'pack.schema.json#/$defs/dimensions').dimensions.map((d) => ({
    ...d,
  }));
  let scoring = required<ScoringSettings>(base, 'scoring.json', 'pack.schema.json#/$defs/scoring');
  const ladder = required<LadderDefinition>(base, 'ladder.json', 'pack.schema.json#/$defs/ladder');
  const households = required<{ households: HouseholdDefinition[] }>(base, 'households.json', 'pack.schema.json#/$defs/households').households;

  const checks = new Map<string, CheckDefinition & { dimension: string }>();
  addUnique(checks, readChecks(base, 'pack'), 'Check');
  const parameters = new Map<string, ParameterDefinition>();
  addUnique(parameters, readParameters(base), 'Parameter');

  let overlayInfo: Ruleset['info']['overlay'] = null;
  let disabled: DisabledCheck[] = [];
  if (options.overlayDir !== undefined && options.overlayFiles !== undefined) {
    throw new ArmoedetoetsError('USAGE', 'loadRuleset: geef overlayDir of overlayFiles, niet allebei');
  }
  const overlay = options.overlayDir
    ? readPackFolder(options.overlayDir, options.lang)
    : options.overlayFiles
      ? packFromTexts(OVERLAY_LABEL, options.overlayFiles, options.lang)
      : undefined;
  if (overlay) {
    const unknown = unknownOverlayFiles(overlay);
    if (unknown.length > 0) {
      throw new ArmoedetoetsError('RULESET_INVALID', `${overlay.dir}: ${unknown.map((i) => i.path).join(', ')} wordt niet gelezen`, {
        issues: unknown,
        data: { files: unknown.map((i) => i.path) },
      });
    }
    const om = required<OverlayManifest>(overlay, 'overlay.json', 'pack.schema.json#/$defs/overlay');
    overlayInfo = { name: om.name, version: om.version, hash: overlay.hash };
    overrideParameters(parameters, readParameters(overlay));
    // Local checks are added; an id the pack already has must be disabled first, never silently replaced.
    addUnique(checks, readChecks(overlay, 'overlay'), 'Check');
    disabled = disableChecks(checks, om.disable ?? []);
    applyWeights(dimensions, om.weights ?? {});
    scoring = overlayScoring(overlay) ?? scoring;
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
  loaded.add(ruleset);
  return ruleset;
}

let shipped: Ruleset | undefined;

/** The shipped pack, loaded once per process: from the build's snapshot while the pack is unchanged (snapshot.ts). */
export function defaultRuleset(): Ruleset {
  if (!shipped) {
    const snap = readSnapshot();
    // The build linted the snapshot's pack (same hash): assess need not lint it again.
    if (snap) loaded.add(snap);
    shipped = snap ?? loadRuleset();
  }
  return shipped;
}
