import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An article's photo, stored like a firm's logo: one row per article, kept out of `article` so that
 * lists and passports never read image bytes; its alternative text is a field of the article.
 */
export class ArticlePhoto1765000300000 implements MigrationInterface {
  name = 'ArticlePhoto1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE article_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL UNIQUE REFERENCES article (id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 2097152),
        data bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`ALTER TABLE article ADD COLUMN photo_alt text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article DROP COLUMN photo_alt`);
    await q.query(`DROP TABLE article_photo`);
  }
}
