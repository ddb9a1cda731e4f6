import { lazy, use, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingFeatureTranslations, type FeatureNamespace } from './features';
import { toLanguage } from './language';

/**
 * Suspends until the features' strings are there in the current language (fetching them if needed), so a
 * page never shows a bare key. Returns at once when they are loaded already, as after a language switch
 * (switchLanguage loads every feature shown before it changes language).
 */
export function useFeatureTranslations(namespaces: readonly FeatureNamespace[]): void {
  const { i18n } = useTranslation();
  const pending = pendingFeatureTranslations(
    i18n,
    namespaces,
    toLanguage(i18n.resolvedLanguage ?? i18n.language),
  );
  if (pending) use(pending);
}

/**
 * React.lazy for a page (or a part of one) that needs some features' strings: the code and the strings
 * are fetched together, and it renders once both are there. `namespaces` lists every feature whose keys
 * the component and what it imports use (src/i18n/lazy-routes.test.ts checks the lists against the code).
 */
export function lazyWithTranslations<M, P extends object>(
  namespaces: readonly FeatureNamespace[],
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  let code: Promise<{ default: ComponentType<P> }> | undefined;
  const loadCode = () => (code ??= load().then((m) => ({ default: pick(m) })));
  const Page = lazy(loadCode);
  function WithTranslations(props: P) {
    // Start fetching the code now, not after the strings: the two downloads overlap.
    loadCode().catch(() => undefined);
    useFeatureTranslations(namespaces);
    return <Page {...props} />;
  }
  return WithTranslations;
}
