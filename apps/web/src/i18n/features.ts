import type { i18n as I18n } from 'i18next';
import type { Language } from './language';

/**
 * Each feature's strings, Italian and English, fetched with the feature's pages rather than with the first
 * page (see lazyWithTranslations in lazy.tsx). They land under the feature's name in the one `translation`
 * namespace, so keys read `t('firms.profile.title')` wherever they are used.
 */
export const featureTranslations = {
  articles: {
    it: async () => (await import('../features/articles/articles.i18n')).articlesIt,
    en: async () => (await import('../features/articles/articles.i18n.en')).articlesEn,
  },
  adhesions: {
    it: async () => (await import('../features/adhesions/adhesions.i18n')).adhesionsIt,
    en: async () => (await import('../features/adhesions/adhesions.i18n.en')).adhesionsEn,
  },
  claims: {
    it: async () => (await import('../features/claims/claims.i18n')).claimsIt,
    en: async () => (await import('../features/claims/claims.i18n.en')).claimsEn,
  },
  contract: {
    it: async () => (await import('../features/contract/contract.i18n')).contractIt,
    en: async () => (await import('../features/contract/contract.i18n.en')).contractEn,
  },
  events: {
    it: async () => (await import('../features/events/events.i18n')).eventsIt,
    en: async () => (await import('../features/events/events.i18n.en')).eventsEn,
  },
  firmRegistry: {
    it: async () => (await import('../features/firm-registry/firm-registry.i18n')).firmRegistryIt,
    en: async () => (await import('../features/firm-registry/firm-registry.i18n.en')).firmRegistryEn,
  },
  firms: {
    it: async () => (await import('../features/firms/firms.i18n')).firmsIt,
    en: async () => (await import('../features/firms/firms.i18n.en')).firmsEn,
  },
  notifications: {
    it: async () => (await import('../features/notifications/notifications.i18n')).notificationsIt,
    en: async () => (await import('../features/notifications/notifications.i18n.en')).notificationsEn,
  },
  passport: {
    it: async () => (await import('../features/showcase/passport.i18n')).passportIt,
    en: async () => (await import('../features/showcase/passport.i18n.en')).passportEn,
  },
  plan: {
    it: async () => (await import('../features/plan/plan.i18n')).planIt,
    en: async () => (await import('../features/plan/plan.i18n.en')).planEn,
  },
  registryImport: {
    it: async () => (await import('../features/registry-import/registry-import.i18n')).registryImportIt,
    en: async () => (await import('../features/registry-import/registry-import.i18n.en')).registryImportEn,
  },
  reports: {
    it: async () => (await import('../features/reports/reports.i18n')).reportsIt,
    en: async () => (await import('../features/reports/reports.i18n.en')).reportsEn,
  },
  search: {
    it: async () => (await import('../features/search/search.i18n')).searchIt,
    en: async () => (await import('../features/search/search.i18n.en')).searchEn,
  },
  showcase: {
    it: async () => (await import('../features/showcase/showcase.i18n')).showcaseIt,
    en: async () => (await import('../features/showcase/showcase.i18n.en')).showcaseEn,
  },
  supplyChain: {
    it: async () => (await import('../features/supply-chain/supply-chain.i18n')).supplyChainIt,
    en: async () => (await import('../features/supply-chain/supply-chain.i18n.en')).supplyChainEn,
  },
  tasks: {
    it: async () => (await import('../features/tasks/tasks.i18n')).tasksIt,
    en: async () => (await import('../features/tasks/tasks.i18n.en')).tasksEn,
  },
  users: {
    it: async () => (await import('../features/users/users.i18n')).usersIt,
    en: async () => (await import('../features/users/users.i18n.en')).usersEn,
  },
} satisfies Record<string, Record<Language, () => Promise<object>>>;

export type FeatureNamespace = keyof typeof featureTranslations;

/** The features' strings as `t()` sees them (the Italian shape; each English file is typed against it). */
export type FeatureTranslations = {
  [F in FeatureNamespace]: Awaited<ReturnType<(typeof featureTranslations)[F]['it']>>;
};

interface FeatureState {
  /** Features some page asked for: a language switch fetches them in the new language too. */
  wanted: Set<FeatureNamespace>;
  /** `<language>:<feature>` already in the instance's resources. */
  loaded: Set<string>;
  /** Loads under way, by `<language>:<feature>`, and by `<language>:[<feature>,…]` for a page's set. */
  pending: Map<string, Promise<void>>;
}

/**
 * By the instance's resource store: react-i18next's useTranslation() hands each component its own proxy
 * of the instance (a new one after a suspension or a language change), but they all share one store.
 */
const states = new WeakMap<I18n['store'], FeatureState>();

function stateOf(instance: I18n): FeatureState {
  let state = states.get(instance.store);
  if (!state) {
    state = { wanted: new Set(), loaded: new Set(), pending: new Map() };
    states.set(instance.store, state);
  }
  return state;
}

/** The features whose strings some page has asked for on this instance. */
export function wantedFeatures(instance: I18n): FeatureNamespace[] {
  return [...stateOf(instance).wanted];
}

/**
 * Undefined when the features' strings in `language` are in `instance` already; otherwise the promise of
 * their arrival, the same object for the same request until it settles (React's `use()` needs that).
 * A failed load is forgotten, so the next attempt fetches again.
 */
export function pendingFeatureTranslations(
  instance: I18n,
  namespaces: readonly FeatureNamespace[],
  language: Language,
): Promise<void> | undefined {
  const state = stateOf(instance);
  for (const ns of namespaces) state.wanted.add(ns);
  const missing = namespaces.filter((ns) => !state.loaded.has(`${language}:${ns}`));
  if (missing.length === 0) return undefined;
  const key = `${language}:[${[...missing].sort().join(',')}]`;
  return remember(state, key, () =>
    Promise.all(
      missing.map((ns) =>
        remember(state, `${language}:${ns}`, async () => {
          const strings = await featureTranslations[ns][language]();
          instance.addResourceBundle(language, 'translation', { [ns]: strings }, true, true);
          state.loaded.add(`${language}:${ns}`);
        }),
      ),
    ).then(() => undefined),
  );
}

/** Loads the features' strings in `language` into `instance` (once) and remembers the features. */
export async function loadFeatureTranslations(
  instance: I18n,
  namespaces: readonly FeatureNamespace[],
  language: Language,
): Promise<void> {
  await pendingFeatureTranslations(instance, namespaces, language);
}

function remember(state: FeatureState, key: string, start: () => Promise<void>): Promise<void> {
  let promise = state.pending.get(key);
  if (!promise) {
    promise = start().finally(() => state.pending.delete(key));
    state.pending.set(key, promise);
  }
  return promise;
}
