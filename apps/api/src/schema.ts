import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse } from 'graphql';
import type { Resolvers } from './generated/graphql.js';
import { guardTextArguments } from './common/text.js';
import { DateTimeScalar, JSONScalar } from './common/scalars.js';
import { auditResolvers } from './modules/audit/audit.resolvers.js';
import { authResolvers } from './modules/auth/auth.resolvers.js';
import { capabilityResolvers } from './modules/capability/capability.resolvers.js';
import { firmResolvers } from './modules/firm/firm.resolvers.js';
import { firmRegistryResolvers } from './modules/firm-registry/firm-registry.resolvers.js';
import { userResolvers } from './modules/user/user.resolvers.js';
import { contractResolvers } from './modules/contract/contract.resolvers.js';
import { adhesionResolvers } from './modules/adhesion/adhesion.resolvers.js';
import { taskResolvers } from './modules/task/task.resolvers.js';
import { planResolvers } from './modules/plan/plan.resolvers.js';
import { atecoResolvers } from './modules/ateco/ateco.resolvers.js';
import { registryImportResolvers } from './modules/registry-import/registry-import.resolvers.js';
import { supplyLinkResolvers } from './modules/supply-link/supply-link.resolvers.js';
import { showcaseResolvers } from './modules/showcase/showcase.resolvers.js';
import { eventResolvers } from './modules/event/event.resolvers.js';
import { reportResolvers } from './modules/report/report.resolvers.js';
import { articleResolvers } from './modules/article/article.resolvers.js';
import { mailResolvers } from './modules/mail/mail.resolvers.js';
import { notificationResolvers } from './modules/notification/notification.resolvers.js';
import { searchResolvers } from './modules/search/search.resolvers.js';
import { claimResolvers } from './modules/claim/claim.resolvers.js';
import { permissionResolvers } from './permissions.js';

/** The .graphql files live in src/ (also when running the compiled dist/), one per module. */
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** The schema's SDL: common types first, then each module's file in a stable order. */
export const typeDefs: string[] = graphqlFiles(srcDir)
  .sort((a, b) => Number(!a.includes('common')) - Number(!b.includes('common')) || a.localeCompare(b))
  .map((file) => readFileSync(file, 'utf8'));

const moduleResolvers: Resolvers[] = [
  authResolvers,
  userResolvers,
  firmResolvers,
  firmRegistryResolvers,
  capabilityResolvers,
  auditResolvers,
  taskResolvers,
  planResolvers,
  atecoResolvers,
  registryImportResolvers,
  supplyLinkResolvers,
  contractResolvers,
  adhesionResolvers,
  reportResolvers,
  showcaseResolvers,
  eventResolvers,
  articleResolvers,
  mailResolvers,
  notificationResolvers,
  searchResolvers,
  claimResolvers,
  permissionResolvers,
];

/**
 * Merges the modules' resolver maps type by type; every field that takes text checks it first
 * (common/text.ts: NUL, control and bidi characters refused, NFC).
 */
export const resolvers: Resolvers = guardTextArguments(
  moduleResolvers.reduce<Record<string, Record<string, unknown>>>(
    (merged, mod) => {
      for (const [type, fields] of Object.entries(mod)) merged[type] = { ...merged[type], ...fields };
      return merged;
    },
    { DateTime: DateTimeScalar as never, JSON: JSONScalar as never },
  ),
  buildASTSchema(parse(typeDefs.join('\n'))),
) as Resolvers;

/** The executable schema, served over HTTP (Apollo) and over WebSocket (subscriptions) alike. */
export const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
