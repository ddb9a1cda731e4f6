# The Filiera app image: one Node process serving the web app and /graphql.
# PostgreSQL runs in its own container (docker-compose.yml) and is reached through DATABASE_URL.
FROM node:24-slim AS build
RUN npm i -g pnpm@12.21.0
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc tsconfig.base.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
COPY e2e/package.json e2e/
COPY bench/package.json bench/
COPY patches patches/
RUN pnpm install --frozen-lockfile
COPY . .
# dist-ssr: the showcase's server rendering, found beside WEB_DIST_DIR (showcase.render.ts).
RUN pnpm build && pnpm deploy --filter @filiera/api --prod --legacy /deploy \
  && cp -r apps/web/dist /deploy/web-dist && cp -r apps/web/dist-ssr /deploy/dist-ssr

FROM node:24-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 WEB_DIST_DIR=/app/web-dist
WORKDIR /app
COPY --from=build --chown=root:root /deploy /app
# The image's unprivileged user: the code stays owned by root, so the process cannot change it.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# V8 sized for memory (small young generation, old generation grown by 15 %): see docs/ARCHITECTURE.md.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=16", "--heap-growing-percent=15", "dist/main.js"]
