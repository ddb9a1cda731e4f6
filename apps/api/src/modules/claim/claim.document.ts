import type { Context } from '../../context.js';
import { badField, notFound } from '../../common/errors.js';
import type { ImageUploadRule } from '../../common/image-upload.js';
import { isUuid } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { ClaimEntity, type ClaimDocumentKind } from './claim.entity.js';
import { lockClaimByToken } from './claim.service.js';

/** A visura or delega: PDF or an image (a photo of the paper) up to 10 MB, its type checked by its bytes. */
export const DOCUMENT_RULE: ImageUploadRule = { field: 'document', maxBytes: 10 * 1024 * 1024, pdf: true };

const KINDS: readonly ClaimDocumentKind[] = ['VISURA', 'DELEGA'];

/** A claim's document is sent instead of (or after) the PEC code, not once the claim is decided. */
const OPEN_TO_DOCUMENT = new Set(['CODE_SENT', 'CODE_FAILED', 'AWAITING_DOCUMENT']);

/**
 * Stores the claimant's document (replacing one sent before) and puts the claim in the consultants' review
 * queue; any code sent stops working. Audited.
 */
export async function saveClaimDocument(
  ctx: Context,
  token: string,
  kind: string,
  upload: { type: string; data: Buffer },
): Promise<ClaimEntity> {
  if (!KINDS.includes(kind as ClaimDocumentKind))
    throw badField('kind', 'invalid', 'must be VISURA or DELEGA');
  return ctx.ds.transaction(async (manager) => {
    const claim = await lockClaimByToken(manager, token);
    if (!OPEN_TO_DOCUMENT.has(claim.status)) {
      throw badField('document', 'not_pending', 'this claim does not wait for a document');
    }
    await manager.query(
      `INSERT INTO firm_claim_document (claim_id, content_type, byte_size, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (claim_id) DO UPDATE SET content_type = EXCLUDED.content_type,
         byte_size = EXCLUDED.byte_size, data = EXCLUDED.data, created_at = now()`,
      [claim.id, upload.type, upload.data.length, upload.data],
    );
    const changes = {
      status: 'IN_REVIEW' as const,
      method: 'DOCUMENT' as const,
      documentKind: kind as ClaimDocumentKind,
      codeHash: null,
      version: claim.version + 1,
    };
    await manager.update(ClaimEntity, claim.id, changes);
    await recordAudit(manager, ctx, {
      action: 'UPLOAD_CLAIM_DOCUMENT',
      entityType: 'Claim',
      entityId: claim.id,
      before: { status: claim.status, documentKind: claim.documentKind },
      after: { status: changes.status, documentKind: changes.documentKind, bytes: upload.data.length },
    });
    return Object.assign(claim, changes);
  });
}

/** A claim's document, for the reviewers (the route checks the rule); NOT_FOUND when there is none. */
export async function readClaimDocument(ctx: Context, claimId: string) {
  const [doc] = isUuid(claimId)
    ? ((await ctx.ds.query(`SELECT content_type, data FROM firm_claim_document WHERE claim_id = $1`, [
        claimId,
      ])) as { content_type: string; data: Buffer }[])
    : [];
  if (!doc) throw notFound('Document', claimId);
  return doc;
}
