// An organisation's local rules: the CLI's `--rules DIR` overlay as uploaded files, linted on upload, versioned.
import { ArmoedetoetsError, isArmoedetoetsError } from '../../errors.js';
import { loadRuleset } from '../../ruleset/load.js';
import type { Lang } from '../../types.js';
import type { Organisation, Overlay, Store } from '../../store/types.js';
import { apiText } from '../messages/api.js';
import type { ActorRef } from './assessing.js';
import { sharedRulesets, type RulesetCache } from './rulesets.js';

/** Files in one overlay: the shipped examples hold three; far more is a mistake (a whole pack uploaded). */
export const MAX_OVERLAY_FILES = 64;
/** All files of one upload together: each may be 2 MB (the loader's limit), a real overlay is a few kB. */
export const MAX_OVERLAY_BYTES = 4 * 1024 * 1024;

/**
 * Checks the files as the CLI's `rules lint --rules DIR` would (same loader, same lint) and stores them
 * as the organisation's next overlay version, audited in the same transaction. RULESET_INVALID (400)
 * with every problem otherwise; nothing is stored then.
 */
export async function uploadOverlay(
  store: Store,
  org: Organisation,
  actor: ActorRef,
  uploadedBy: string,
  files: Record<string, string>,
  lang: Lang,
  rulesets: RulesetCache = sharedRulesets,
): Promise<Overlay> {
  let loaded;
  try {
    loaded = loadRuleset({ overlayFiles: files, lang });
  } catch (e) {
    if (!isArmoedetoetsError(e) || (e.code !== 'RULESET_INVALID' && e.code !== 'RULESET_NOT_FOUND')) throw e;
    const issues = e.issues.length > 0 ? e.issues : [{ path: String(e.data['file'] ?? 'files'), message: e.message }];
    throw new ArmoedetoetsError('RULESET_INVALID', apiText(lang, 'overlayInvalid', { count: issues.length }), {
      issues,
      data: { file: e.data['file'] ?? null },
    });
  }
  const hash = loaded.info.overlay?.hash as string;
  rulesets.remember(hash, loaded);
  return store.transaction(async (tx) => {
    const overlay = await tx.overlays.add({ orgId: org.id, files, hash, uploadedBy });
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'overlay.upload',
      dossierId: null,
      details: { version: overlay.version, hash, files: Object.keys(files).length },
    });
    return overlay;
  });
}
