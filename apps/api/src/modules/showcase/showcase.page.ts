import { SHOWCASE_META, type ShowcaseLanguage } from '@filiera/shared';
import { parseCookie } from 'cookie';
import type { DataSource } from 'typeorm';
import { FirmEntity } from '../firm/firm.entity.js';
import { passportPageText } from '../article/article.passport.js';
import { publicValue } from './showcase.service.js';

/** What the server writes into index.html for a showcase page, so crawlers without JavaScript read it. */
export interface ShowcasePageMeta {
  status: 200 | 404;
  lang: ShowcaseLanguage;
  title: string;
  description: string;
  /** Absolute address of this page in this language. */
  canonical: string;
  /** The page in each language, and x-default (Italian, the site's default). */
  alternates: { hreflang: string; href: string }[];
  noindex: boolean;
  /** schema.org JSON-LD to embed (a passport's Product). */
  jsonLd?: Record<string, unknown>;
}

const LANGUAGES: readonly ShowcaseLanguage[] = ['it', 'en'];
/** The cookie in which the web app remembers the language chosen (apps/web's i18n/language.ts). */
const LANGUAGE_COOKIE = 'filiera.language';

/**
 * The language of a page, chosen as the web app chooses it (i18n's initialLanguage), so the browser
 * hydrates the markup the server drew: a `?lang=it|en` in the address, else the language the visitor
 * chose earlier (LANGUAGE_COOKIE), else Italian.
 */
export function requestedLanguage(langParam: unknown, cookieHeader: string | undefined): ShowcaseLanguage {
  const remembered = parseCookie(cookieHeader ?? '')[LANGUAGE_COOKIE];
  return LANGUAGES.find((l) => l === langParam) ?? LANGUAGES.find((l) => l === remembered) ?? 'it';
}

const FIRM_PATH = /^\/showcase\/firms\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const PASSPORT_PATH =
  /^\/showcase\/passports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

/**
 * The title, description, language and alternates of a showcase path (/showcase, /showcase/events,
 * /showcase/firms/:id), or null for any other path. `lang` is requestedLanguage's; a firm that is not in the
 * showcase (or no such page) answers 404 with noindex. Only what the firm made public is used.
 */
export async function showcasePageMeta(
  ds: DataSource,
  publicUrl: string,
  pathname: string,
  lang: ShowcaseLanguage,
): Promise<ShowcasePageMeta | null> {
  if (pathname !== '/showcase' && !pathname.startsWith('/showcase/')) return null;
  const s = SHOWCASE_META[lang];
  const path = pathname.replace(/\/$/, '') || '/showcase';
  const page = (status: 200 | 404, title: string, description: string): ShowcasePageMeta => {
    const at = (l: ShowcaseLanguage) => `${publicUrl}${path}${l === 'en' ? '?lang=en' : ''}`;
    return {
      status,
      lang,
      title: fill(s.pageTitle, { title }),
      description,
      canonical: at(lang),
      alternates: [
        { hreflang: 'it', href: at('it') },
        { hreflang: 'en', href: at('en') },
        { hreflang: 'x-default', href: at('it') },
      ],
      noindex: status === 404,
    };
  };

  if (path === '/showcase') return page(200, s.homeTitle, s.homeDescription);
  if (path === '/showcase/events') return page(200, s.eventsTitle, s.eventsDescription);
  const passportId = PASSPORT_PATH.exec(path)?.[1];
  if (passportId) {
    const text = await passportPageText(ds, publicUrl, passportId.toLowerCase(), lang);
    if (!text) return page(404, s.homeTitle, s.homeDescription);
    return { ...page(200, text.title, text.description), jsonLd: text.jsonLd };
  }
  const id = FIRM_PATH.exec(path)?.[1];
  const firm = id
    ? await ds.getRepository(FirmEntity).findOneBy({ id: id.toLowerCase(), showcaseConsent: true })
    : null;
  if (!firm) return page(404, s.firmNotFound, s.homeDescription);
  const name = publicValue(firm, 'tradeName') ?? firm.legalName;
  return page(200, name, fill(s.firmDescription, { name, kind: s.kinds[firm.kind] }));
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * index.html with the page's language, title, description, canonical and hreflang links (every value
 * escaped: firm names come from the database). The built file's own title and description are replaced.
 */
export function injectPageMeta(html: string, meta: ShowcasePageMeta): string {
  const head = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(meta.canonical)}" />`,
    ...meta.alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" />`,
    ),
    ...(meta.noindex ? ['<meta name="robots" content="noindex" />'] : []),
    // Data, not script: `<` escaped so no value can close the element.
    ...(meta.jsonLd
      ? [
          `<script type="application/ld+json">${JSON.stringify(meta.jsonLd).replace(/</g, '\\u003c')}</script>`,
        ]
      : []),
  ].join('\n    ');
  return html
    .replace(/<html\b[^>]*>/i, () => `<html lang="${meta.lang}">`)
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/i, '')
    .replace(/<\/head>/i, () => `  ${head}\n  </head>`);
}
