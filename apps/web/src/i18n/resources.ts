import type { adhesionsIt } from '../features/adhesions/adhesions.i18n';
import type { articlesIt } from '../features/articles/articles.i18n';
import type { claimsIt } from '../features/claims/claims.i18n';
import type { contractIt } from '../features/contract/contract.i18n';
import type { eventsIt } from '../features/events/events.i18n';
import type { firmRegistryIt } from '../features/firm-registry/firm-registry.i18n';
import type { firmsIt } from '../features/firms/firms.i18n';
import type { notificationsIt } from '../features/notifications/notifications.i18n';
import type { planIt } from '../features/plan/plan.i18n';
import type { registryImportIt } from '../features/registry-import/registry-import.i18n';
import type { reportsIt } from '../features/reports/reports.i18n';
import type { searchIt } from '../features/search/search.i18n';
import type { passportIt } from '../features/showcase/passport.i18n';
import type { showcaseIt } from '../features/showcase/showcase.i18n';
import type { supplyChainIt } from '../features/supply-chain/supply-chain.i18n';
import type { tasksIt } from '../features/tasks/tasks.i18n';
import type { usersIt } from '../features/users/users.i18n';
import { it, type CoreTranslation } from './it';
import type { Language } from './language';

/**
 * i18next's namespaces, as `t()` sees them (the Italian shape; each English file is typed against it):
 * `translation`, the core in the first bundle, and one namespace per feature file
 * features/<f>/<name>.i18n.ts (Italian) and <name>.i18n.en.ts (English), named after the file in
 * camelCase (firm-registry.i18n.ts → `firmRegistry`). A component asks for its feature's namespace,
 * `useTranslation('firms')`; core keys work in every namespace (the core is the fallback namespace).
 */
export interface Resources {
  translation: CoreTranslation;
  adhesions: typeof adhesionsIt;
  articles: typeof articlesIt;
  claims: typeof claimsIt;
  contract: typeof contractIt;
  events: typeof eventsIt;
  firmRegistry: typeof firmRegistryIt;
  firms: typeof firmsIt;
  notifications: typeof notificationsIt;
  passport: typeof passportIt;
  plan: typeof planIt;
  registryImport: typeof registryImportIt;
  reports: typeof reportsIt;
  search: typeof searchIt;
  showcase: typeof showcaseIt;
  supplyChain: typeof supplyChainIt;
  tasks: typeof tasksIt;
  users: typeof usersIt;
}

export type FeatureNamespace = Exclude<keyof Resources, 'translation'>;

/** Each feature file's one export, fetched on demand (a chunk of its own per file and language). */
const featureFiles = import.meta.glob<Record<string, object>>([
  '../features/*/*.i18n.ts',
  '../features/*/*.i18n.en.ts',
]);

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** `<language>:<namespace>` → the file's loader. */
const featureLoaders = new Map(
  Object.entries(featureFiles).map(([path, load]) => {
    const [, name = '', english] = /\/([\w-]+)\.i18n(\.en)?\.ts$/.exec(path) ?? [];
    return [`${english ? 'en' : 'it'}:${camelCase(name)}`, load] as const;
  }),
);

/** Every feature namespace there is (the server renders with all of them, entry-server.tsx). */
export const FEATURE_NAMESPACES = [
  ...new Set([...featureLoaders.keys()].map((key) => key.split(':')[1]!)),
] as FeatureNamespace[];

/**
 * The strings of a namespace in a language: the core (Italian's is in the first bundle, English's a chunk
 * fetched when chosen) or a feature's file.
 */
export async function loadNamespace(language: Language, namespace: string): Promise<object> {
  if (namespace === 'translation') return language === 'it' ? it : (await import('./en')).en;
  const load = featureLoaders.get(`${language}:${namespace}`);
  if (!load) throw new Error(`no strings for namespace ${namespace} in ${language}`);
  const [strings] = Object.values(await load());
  if (!strings) throw new Error(`${namespace} (${language}) exports no strings`);
  return strings;
}
