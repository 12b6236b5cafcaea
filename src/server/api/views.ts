// What the API shows of stored rows: ids, numbers and dates; never another organisation's id or a deleted flag.
import type { Dossier, Overlay, StoredAssessment, Version } from '../../store/types.js';

export function dossierView(d: Dossier) {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    status: d.status,
    lifeDomains: d.lifeDomains,
    ownerId: d.ownerId,
    latestVersion: d.latestVersion,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export function versionView(v: Omit<Version, 'input'>) {
  return { id: v.id, dossierId: v.dossierId, number: v.number, inputHash: v.inputHash, authorId: v.authorId, createdAt: v.createdAt, origin: v.origin };
}

export function assessmentView(a: Omit<StoredAssessment, 'result'>) {
  return {
    id: a.id,
    dossierId: a.dossierId,
    versionId: a.versionId,
    pack: { name: a.packName, version: a.packVersion, hash: a.packHash },
    overlay: a.overlayVersion === null ? null : { version: a.overlayVersion, hash: a.overlayHash },
    referenceDate: a.referenceDate,
    verdict: a.verdict,
    score: { low: a.scoreLow, high: a.scoreHigh },
    resultHash: a.resultHash,
    createdBy: a.createdBy,
    createdAt: a.createdAt,
  };
}

export function overlayView(o: Omit<Overlay, 'files'>) {
  return { version: o.version, hash: o.hash, uploadedBy: o.uploadedBy, createdAt: o.createdAt };
}
