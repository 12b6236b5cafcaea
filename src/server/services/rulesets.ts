// Rulesets for organisations: the shipped pack alone, or with an organisation's stored overlay, loaded
// once per overlay content and kept in memory (loading reads and lints the whole pack: costly).
import { defaultRuleset, loadRuleset } from '../../ruleset/load.js';
import type { Ruleset } from '../../types.js';
import type { Overlay } from '../../store/types.js';

/**
 * Overlays kept loaded at once. One organisation uses one overlay at a time (its latest); a regional
 * host with many tenants keeps the 16 most recently used, and a miss costs one load (~0.1 s).
 */
export const MAX_CACHED_RULESETS = 16;

export class RulesetCache {
  readonly #byHash = new Map<string, Ruleset>();
  #loads = 0;

  constructor(readonly max = MAX_CACHED_RULESETS) {}

  /** The pack with this overlay (its stored files), or the shipped pack when there is none. */
  forOverlay(overlay: Pick<Overlay, 'files' | 'hash'> | undefined): Ruleset {
    if (!overlay) return defaultRuleset();
    const hit = this.#byHash.get(overlay.hash);
    if (hit) {
      // most recently used last: the first key is the one to drop
      this.#byHash.delete(overlay.hash);
      this.#byHash.set(overlay.hash, hit);
      return hit;
    }
    const rs = loadRuleset({ overlayFiles: overlay.files });
    this.#loads++;
    if (this.#byHash.size >= this.max) this.#byHash.delete(this.#byHash.keys().next().value as string);
    this.#byHash.set(overlay.hash, rs);
    return rs;
  }

  /** Keeps a ruleset loaded elsewhere (an overlay just checked on upload) under its overlay hash. */
  remember(hash: string, rs: Ruleset): void {
    this.#byHash.delete(hash);
    if (this.#byHash.size >= this.max) this.#byHash.delete(this.#byHash.keys().next().value as string);
    this.#byHash.set(hash, rs);
  }

  /** Overlays loaded from their files so far (tests: a second use is served from memory). */
  get loads(): number {
    return this.#loads;
  }
}

/** The process's cache: every request of this process shares it. */
export const sharedRulesets = new RulesetCache();
