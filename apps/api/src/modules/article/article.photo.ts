import type { Context } from '../../context.js';
import { assertCan } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import type { ImageUploadRule } from '../../common/image-upload.js';
import { storeImage, type ImageTable } from '../../common/stored-image.js';
import { recordAudit } from '../audit/audit.service.js';
import { isUuid } from './article.input.js';
import { articlePolicy } from './article.policy.js';
import { ownArticle } from './article.service.js';

/** An article photo: PNG, JPEG or WebP up to 2 MB (a product shot at web size). */
export const PHOTO_RULE: ImageUploadRule = { field: 'photo', maxBytes: 2 * 1024 * 1024 };

/** Where article photos are stored, and how a new one is audited. */
const PHOTOS: ImageTable = {
  table: 'article_photo',
  owner: 'article_id',
  audit: { action: 'ARTICLE_PHOTO_SET', entityType: 'Article', field: 'photo' },
};

/** The photo's address; its version lets browsers keep it until it changes. */
export const photoPath = (articleId: string, version: number) =>
  `/api/articles/${articleId}/photo?v=${version}`;

interface StoredPhoto {
  content_type: string;
  data: Buffer;
  status: string;
  firm_id: string;
}

/**
 * An article's photo for the viewer: anyone once the article is published (its passport shows it),
 * before that the people who may read the article. NOT_FOUND when there is none.
 */
export async function readArticlePhoto(
  ctx: Context,
  articleId: string,
): Promise<StoredPhoto & { public: boolean }> {
  const [photo] = isUuid(articleId)
    ? ((await ctx.ds.query(
        `SELECT p.content_type, p.data, a.status, a.firm_id
           FROM article_photo p JOIN article a ON a.id = p.article_id WHERE p.article_id = $1`,
        [articleId],
      )) as StoredPhoto[])
    : [];
  if (!photo) throw notFound('Photo', articleId);
  const published = photo.status === 'PUBLISHED';
  if (!published) assertCan(articlePolicy.canRead(ctx.viewer, photo.firm_id), 'article.ownFirmOnly');
  return { ...photo, public: published };
}

/** Stores (or replaces) the photo of an article of the viewer's factory; audited. Returns its address. */
export async function saveArticlePhoto(
  ctx: Context,
  articleId: string,
  image: { type: string; data: Buffer },
): Promise<string> {
  return ctx.ds.transaction(async (manager) => {
    await ownArticle(ctx, manager, articleId);
    // The passport's "last changed" (sitemap, page) moves with its photo; the editor's version does not.
    await manager.query(`UPDATE article SET updated_at = now() WHERE id = $1`, [articleId]);
    const stored = await storeImage(manager, PHOTOS, articleId, image);
    await recordAudit(manager, ctx, stored.audit);
    return photoPath(articleId, stored.version);
  });
}

/** Removes the photo of an article of the viewer's factory; audited. NOT_FOUND when there is none. */
export async function deleteArticlePhoto(ctx: Context, articleId: string): Promise<void> {
  await ctx.ds.transaction(async (manager) => {
    await ownArticle(ctx, manager, articleId);
    const [row] = (await manager.query(
      `SELECT content_type, byte_size FROM article_photo WHERE article_id = $1 FOR UPDATE`,
      [articleId],
    )) as { content_type: string; byte_size: number }[];
    if (!row) throw notFound('Photo', articleId);
    await manager.query(`DELETE FROM article_photo WHERE article_id = $1`, [articleId]);
    await manager.query(`UPDATE article SET updated_at = now() WHERE id = $1`, [articleId]);
    await recordAudit(manager, ctx, {
      action: 'ARTICLE_PHOTO_REMOVED',
      entityType: 'Article',
      entityId: articleId,
      before: { photo: { contentType: row.content_type, bytes: row.byte_size } },
      after: { photo: null },
    });
  });
}
