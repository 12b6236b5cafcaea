// A local overlay applied to a loaded pack: its parameters, checks, disabled checks, weights and scoring.
import { ArmoedetoetsError, type FieldIssue } from '../errors.js';
import type { CheckDefinition, DimensionDefinition, DisabledCheck, ParameterDefinition, ScoringSettings } from '../types.js';
import { fileAt, type PackFolder } from './files.js';
import { checkPackFile } from './validate.js';

export interface OverlayManifest {
  name: string;
  version: string;
  disable?: { id: string; reason: string; allowDisableKnockout?: boolean }[];
  weights?: Record<string, number>;
}

/** The files an overlay may hold; anything else would be ignored without a word, so it is refused. */
const OVERLAY_FILES = new Set(['overlay.json', 'scoring.json']);
const OVERLAY_FOLDERS = ['checks/', 'parameters/'];

/** Why a pack file in an overlay is not read, and what to do instead. */
const NOT_IN_OVERLAY: Record<string, string> = {
  'dimensions.json': 'een overlay kan de dimensies niet vervangen; zet gewichten onder "weights" in overlay.json',
  'pack.json': 'een overlay heeft geen pack.json; naam en versie staan in overlay.json',
  'ladder.json': 'een overlay kan de participatieladder niet wijzigen',
  'households.json': 'een overlay kan de referentiegezinnen niet wijzigen; pas hun inkomens aan met parameters/*.json',
};

/** Every JSON file of the overlay that the loader would not read, named with the reason. */
export function unknownOverlayFiles(folder: PackFolder): FieldIssue[] {
  return folder.files
    .map((f) => f.path)
    .filter((p) => !OVERLAY_FILES.has(p) && !OVERLAY_FOLDERS.some((d) => p.startsWith(d)))
    .map((p) => ({
      path: p,
      message: `dit bestand wordt in een overlay niet gelezen: ${NOT_IN_OVERLAY[p] ?? 'een overlay bevat enkel overlay.json, scoring.json, checks/*.json en parameters/*.json'}`,
    }));
}

/**
 * Removes the checks the overlay switches off. A knock-out is switched off only with an explicit
 * `allowDisableKnockout: true`: without it, a local overlay could quietly drop what decides the verdict.
 */
export function disableChecks(checks: Map<string, CheckDefinition & { dimension: string }>, disable: NonNullable<OverlayManifest['disable']>): DisabledCheck[] {
  const issues: FieldIssue[] = [];
  const disabled: DisabledCheck[] = [];
  const seen = new Set<string>();
  disable.forEach((d, i) => {
    const path = `overlay.json: disable[${i}] (${d.id})`;
    const check = checks.get(d.id);
    if (seen.has(d.id)) issues.push({ path, message: `check ${d.id} staat twee keer in disable` });
    else if (!check) issues.push({ path, message: `kan onbekende check ${d.id} niet uitschakelen` });
    else if (check.knockout && d.allowDisableKnockout !== true) {
      issues.push({ path, message: `${d.id} is een knock-outcheck: uitschakelen kan enkel met "allowDisableKnockout": true naast de reden` });
    } else disabled.push({ id: d.id, reason: d.reason, knockout: check.knockout === true });
    seen.add(d.id);
  });
  if (issues.length > 0) {
    const ids = issues.map((i) => /\(([^)]+)\)$/.exec(i.path)?.[1] ?? '?');
    throw new ArmoedetoetsError('RULESET_INVALID', `overlay.json: kan ${ids.join(', ')} niet uitschakelen`, { issues, data: { file: 'overlay.json', ids } });
  }
  for (const d of disabled) checks.delete(d.id);
  return disabled;
}

/** Dimension weights of the overlay, on copies of the pack's dimensions. */
export function applyWeights(dimensions: DimensionDefinition[], weights: Record<string, number>): void {
  for (const [id, weight] of Object.entries(weights)) {
    const dim = dimensions.find((d) => d.id === id);
    if (!dim) throw new ArmoedetoetsError('RULESET_INVALID', `overlay.json: onbekende dimensie ${id} in weights`, { data: { id } });
    dim.weight = weight;
  }
}

/** The overlay's own scoring settings, when it has a scoring.json. */
export function overlayScoring(folder: PackFolder): ScoringSettings | undefined {
  const data = fileAt(folder, 'scoring.json');
  return data === undefined ? undefined : checkPackFile<ScoringSettings>(data, 'pack.schema.json#/$defs/scoring', 'overlay/scoring.json');
}

/** Parameters of the overlay replace the pack's definition of the same id (local values win). */
export function overrideParameters(parameters: Map<string, ParameterDefinition>, local: ParameterDefinition[]): void {
  for (const p of local) parameters.set(p.id, p);
}
