import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { graphqlDocuments } from './vite-plugins/graphql-documents.js';

/**
 * `filiera-source` first: workspace packages such as @filiera/shared resolve to their TypeScript sources, so
 * the web app never waits for (or drifts from) their build output. Not the plain `source` condition the API
 * uses: React Aria's packages (@internationalized/date, @react-aria/*) publish their own TypeScript under
 * that name, which is not meant to be compiled by their users.
 */
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    graphqlDocuments({ artifact: fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url)) }),
    react(),
    // Each script and style also as .br and .gz at the highest levels, once at build time (the server
    // sends them as they are): brotli 11 is ~15% smaller than on-the-fly compression on a slow phone link.
    // (Not for the server rendering's build, which the API imports and never sends.)
    !isSsrBuild &&
      compression({
        include: /\.(js|css|svg)$/,
        algorithms: [
          defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          defineAlgorithm('gzip', { level: 9 }),
        ],
      }),
  ],
  resolve: { conditions: ['filiera-source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    // The API serves GraphQL and a few REST routes (uploads, exports, the contract PDF).
    proxy: {
      // ws: subscriptions (graphql-ws) upgrade the same path.
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false, ws: true },
      '/api': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  preview: { port: 5173 },
  // The server rendering of the showcase (`vite build --ssr src/entry-server.tsx`, see package.json) is
  // one self-contained file: the API imports it without the web app's node_modules.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist',
    // Which CSS each page's chunk brings: the API links a server-rendered page's styles from it.
    manifest: true,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The budget that matters is ≤ 200 KB gzip of initial JavaScript, checked by scripts/bundle-size.mjs
    // (`pnpm test`). The first page is React, Apollo, the router, i18next, the shell and the core Italian
    // strings (~580 KB minified, ~182 KB gzip); pages load with React.lazy, each with its GraphQL
    // documents (graphqlDocuments above) and its features' strings (src/i18n/features.ts). The limit
    // leaves room for the lazily loaded chart and graph libraries (~440–545 KB minified).
    chunkSizeWarningLimit: 600,
    // Two entries: the app (index.html, main.tsx) and the showcase's (entry-showcase.tsx), which the API
    // links from the showcase pages it renders (showcase.render.ts finds it in the manifest): the
    // showcase's routes and what they need, not the signed-in app.
    rolldownOptions: isSsrBuild
      ? undefined
      : {
          input: { index: 'index.html', showcase: 'src/entry-showcase.tsx' },
          output: {
            // Apollo Client and the libraries under it in one chunk: split by what each entry and page
            // uses, they made a dozen small chunks that gzip worse (+2 KB on the app's first page).
            codeSplitting: {
              groups: [{ name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|optimism|@wry)[\\/]/ }],
            },
          },
        },
  },
}));
