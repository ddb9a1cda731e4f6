import { ApolloClient, HttpLink, type NormalizedCacheObject } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createCache } from './apollo';
import { createI18n, FEATURE_NAMESPACES, switchLanguage, type Language } from './i18n';
import { AppRoot } from './root';
import { showcaseRoutes } from './showcase-routes';

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The Apollo answers the markup was drawn from, for the browser to start from (entry-showcase.tsx). */
  state: NormalizedCacheObject;
}

export interface RenderOptions {
  /** The page's address, path and query (e.g. /showcase?lang=en). */
  url: string;
  language: Language;
  /** Where this server answers GraphQL, e.g. http://127.0.0.1:4000/graphql (asked without a session). */
  graphqlUrl: string;
  signal?: AbortSignal;
}

/**
 * Renders a public page on the server (apps/api's showcase.render.ts calls it for the showcase): the
 * showcase's routes, layout and components, as entry-showcase.tsx hydrates them in the browser, its
 * queries answered by this server's GraphQL as an anonymous visitor, waiting for lazy pages and their
 * strings.
 */
export async function renderPage({
  url,
  language,
  graphqlUrl,
  signal,
}: RenderOptions): Promise<RenderedPage> {
  const i18n = createI18n();
  await switchLanguage(i18n, language);
  // Every namespace there before rendering: no part of the page waits for its strings.
  await i18n.loadNamespaces(FEATURE_NAMESPACES);
  const cache = createCache();
  const client = new ApolloClient({
    ssrMode: true,
    link: new HttpLink({ uri: graphqlUrl, fetchOptions: { signal } }),
    cache,
  });
  const handler = createStaticHandler(showcaseRoutes);
  const context = await handler.query(new Request(new URL(url, 'http://localhost'), { signal }));
  if (context instanceof Response) throw new Error(`no page to render at ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const { result } = await prerenderStatic({
    tree: (
      <AppRoot i18n={i18n} client={client}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppRoot>
    ),
    context: { client },
    signal,
    renderFunction: async (tree) => {
      const { prelude } = await prerender(tree, {
        signal,
        // Never outline a large part behind its loading state (and a script that swaps it in, which the
        // Content-Security-Policy refuses): the whole page is in the markup.
        progressiveChunkSize: Number.MAX_SAFE_INTEGER,
        onError: (error) => console.error(`rendering ${url}:`, error),
      });
      return new Response(prelude).text();
    },
  });
  return { html: result, state: cache.extract() };
}
