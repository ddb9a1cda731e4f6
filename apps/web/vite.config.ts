import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents.js';

/**
 * `source` first: workspace packages such as @filiera/shared resolve to their TypeScript sources, so the
 * web app never waits for (or drifts from) their build output.
 */
export default defineConfig({
  plugins: [
    graphqlDocuments({ artifact: fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url)) }),
    react(),
  ],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    // The API serves GraphQL and a few REST routes (uploads, exports, the contract PDF).
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false },
      '/api': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  preview: { port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The budget that matters is ≤ 200 KB gzip of initial JavaScript (React, Apollo, the router and
    // i18next make ~500 KB minified, ~180 KB gzip); pages are split off with React.lazy.
    chunkSizeWarningLimit: 600,
  },
});
