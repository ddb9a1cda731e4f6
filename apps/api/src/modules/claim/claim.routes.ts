import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule } from '../../common/auth.js';
import { restRoute } from '../../common/http.js';
import { imageTooLargeHandler, rawImageBody, readImageUpload, sendImage } from '../../common/image-upload.js';
import { DOCUMENT_RULE, readClaimDocument, saveClaimDocument } from './claim.document.js';
import { claimPolicy } from './claim.policy.js';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/**
 * - POST /api/claims/document?kind=VISURA|DELEGA with the claim's token in `X-Claim-Token` (raw body, PDF or
 *   image up to 10 MB, checked by its first bytes): the claimant's document, which puts the claim in review;
 * - GET /api/claims/:id/document: the document, to download (CONSULTANT, ADMIN).
 */
export function claimRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  const upload = '/api/claims/document';
  router.post(
    upload,
    rawImageBody(DOCUMENT_RULE),
    restRoute(ds, config, 'claim document upload', async (ctx, req, res) => {
      assertRule(ctx, claimPolicy.claim);
      const claim = await saveClaimDocument(
        ctx,
        req.get('x-claim-token') ?? '',
        String(req.query.kind ?? ''),
        readImageUpload(req, DOCUMENT_RULE),
      );
      res.status(201).json({ status: claim.status });
    }),
  );
  router.use(upload, imageTooLargeHandler(DOCUMENT_RULE));
  router.get(
    '/api/claims/:id/document',
    restRoute(ds, config, 'claim document', async (ctx, req, res) => {
      assertRule(ctx, claimPolicy.review);
      const id = String(req.params.id);
      const doc = await readClaimDocument(ctx, id);
      res.attachment(`claim-${id.slice(0, 8)}.${EXTENSIONS[doc.content_type] ?? 'bin'}`);
      sendImage(res, doc, 'private, no-store');
    }),
  );
  return router;
}
