import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ShowcasePageMeta } from './showcase.page.js';

/** The web app's server entry (apps/web/src/entry-server.tsx), built to apps/web/dist-ssr. */
interface ServerEntry {
  renderPage(options: {
    url: string;
    language: 'it' | 'en';
    graphqlUrl: string;
    signal?: AbortSignal;
  }): Promise<{ html: string; state: unknown }>;
}

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** The sign-in page, drawn on the server like the showcase's pages. */
export const SIGN_IN_PATH = /^\/sign-in\/?$/;

/** The page modules of the pages drawn on the server (the showcase's and sign-in), whose styles a page inlines. */
const PAGE_MODULES: [RegExp, string][] = [
  [SIGN_IN_PATH, 'src/features/auth/SignInPage.tsx'],
  [/^\/showcase\/?$/, 'src/features/showcase/ShowcaseHomePage.tsx'],
  [/^\/showcase\/events\/?$/, 'src/features/showcase/ShowcaseEventsPage.tsx'],
  [/^\/showcase\/firms\/[^/]+\/?$/, 'src/features/showcase/ShowcaseFirmPage.tsx'],
  [/^\/showcase\/passports\/[^/]+\/?$/, 'src/features/showcase/ShowcasePassportPage.tsx'],
];

/** The showcase's own entry (apps/web/src/entry-showcase.tsx): its routes only, hydrating the page. */
const SHOWCASE_ENTRY = 'src/entry-showcase.tsx';

/** A rendering longer than this is given up: the page goes out as the plain app, drawn by the browser. */
const RENDER_TIMEOUT_MS = 3000;

/** What a drawing needs of a page: its status (only 200 is drawn) and its language. */
export type RenderedPageMeta = Pick<ShowcasePageMeta, 'status' | 'lang'>;

export interface ShowcaseRenderer {
  /**
   * index.html with the page drawn in #root and `<html lang>` its language, or null when it cannot be
   * (not a page drawn on the server; the caller sends the plain app).
   */
  render(indexHtml: string, url: string, meta: RenderedPageMeta, graphqlUrl: string): Promise<string | null>;
}

/**
 * Server rendering of the showcase (the public pages buyers open on their phones): the markup of the
 * page in #root, its styles inlined in <head> (no request before the first paint), and the GraphQL answers it was
 * drawn from in a JSON script that the browser's Apollo cache starts from, so hydration asks nothing
 * again. Without the built server entry (a web app built without it) every page goes out plain.
 */
export function showcaseRenderer(webDist: string): ShowcaseRenderer {
  let entry: Promise<ServerEntry | null> | undefined;
  let manifest: Promise<Record<string, ManifestChunk> | null> | undefined;
  const loadEntry = () =>
    (entry ??= import(pathToFileURL(path.resolve(webDist, '../dist-ssr/entry-server.js')).href).then(
      (m: ServerEntry) => m,
      (error: unknown) => {
        console.error('showcase rendering off:', error instanceof Error ? error.message : error);
        return null;
      },
    ));
  const loadManifest = () =>
    (manifest ??= readFile(path.join(webDist, '.vite/manifest.json'), 'utf8').then(
      (text) => JSON.parse(text) as Record<string, ManifestChunk>,
      () => null,
    ));

  // Built styles never change under a name (a content hash): read each once.
  const styles = new Map<string, Promise<string>>();
  const style = (file: string) => {
    let text = styles.get(file);
    if (!text) {
      text = readFile(path.join(webDist, file), 'utf8');
      styles.set(file, text);
    }
    return text;
  };
  /**
   * `<style>` elements for the files: no request before the first paint on a slow link. Each with a
   * disabled `<link rel="stylesheet">` of its file, which the browser neither fetches nor applies: Vite's
   * loader of the page's chunk sees the styles there and does not add (and fetch, and apply again) them
   * while the page hydrates.
   */
  const inlineStyles = async (files: string[]) =>
    (await Promise.all(files.map(style))).map(
      (css, i) =>
        `<style>${css.replace(/<\//g, '<\\/')}</style><link rel="stylesheet" href="/${files[i]}" disabled>`,
    );

  return {
    async render(indexHtml, url, meta, graphqlUrl) {
      if (meta.status !== 200) return null;
      const pathname = url.split('?')[0] ?? url;
      const pageModule = PAGE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1];
      const [server, chunks] = await Promise.all([loadEntry(), loadManifest()]);
      const script = chunks?.[SHOWCASE_ENTRY]?.file;
      if (!server || !chunks || !script || !pageModule) return null;
      try {
        const { html, state } = await server.renderPage({
          url,
          language: meta.lang,
          graphqlUrl,
          signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
        });
        // The entry's styles and the page's, inlined: the page is drawn with no request but its own.
        const css = new Set([...pageCss(chunks, SHOWCASE_ENTRY), ...pageCss(chunks, pageModule)]);
        const head = await inlineStyles([...css]);
        return (
          indexHtml
            // The language it is drawn in: entry-showcase.tsx hydrates the page only in that one.
            .replace(/<html\b[^>]*>/i, () => `<html lang="${meta.lang}">`)
            // The page is drawn already: its code may come after the first paint rather than compete
            // for a slow phone link (the entry script still loads what it imports), so the entry is
            // fetched at low priority: Chrome starts it once the page is laid out, not during the
            // parse (Lighthouse's mobile FCP on /sign-in: 1.6 s → 0.75 s). That code is the
            // showcase's own entry, not the app's.
            .replace(/\s*<link rel="(?:modulepreload|stylesheet)"[^>]*>/g, '')
            .replace(
              /<script type="module"[^>]*><\/script>/,
              () => `<script type="module" crossorigin fetchpriority="low" src="/${script}"></script>`,
            )
            .replace(/<\/head>/i, () => `  ${head.join('\n    ')}\n  </head>`)
            .replace(/<div id="root"><\/div>/, () => `<div id="root">${html}</div>`)
            .replace(
              /<\/body>/i,
              // Data, not script: `<` escaped so no value can close the element.
              () =>
                `  <script type="application/json" id="ssr-state">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>\n  </body>`,
            )
        );
      } catch (error) {
        console.error(`showcase rendering of ${url}:`, error instanceof Error ? error.message : error);
        return null;
      }
    },
  };
}

/** The page chunk's styles and those of the chunks it imports. */
function pageCss(chunks: Record<string, ManifestChunk>, key: string): string[] {
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = chunks[k];
    for (const file of chunk?.css ?? []) css.add(file);
    for (const imported of chunk?.imports ?? []) visit(imported);
  };
  visit(key);
  return [...css];
}
