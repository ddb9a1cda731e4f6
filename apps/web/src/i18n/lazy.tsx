import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureNamespace } from './resources';

/**
 * React.lazy for a page (or a part of one) with the i18next namespaces it uses: the code and the strings
 * are fetched together, and it renders once both are there. A namespace left off the list is still
 * fetched, by the component's own `useTranslation('<ns>')`, only later.
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
    // Suspends until the namespaces are loaded in the language in use.
    useTranslation(namespaces);
    return <Page {...props} />;
  }
  return WithTranslations;
}
