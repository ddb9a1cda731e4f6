import { Suspense } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, loadTranslation } from './index';
import { lazyWithTranslations } from './lazy';
import type { i18n as I18n } from 'i18next';

/** The HTML a tree settles on once everything it suspended on has arrived. */
async function settle(i18n: I18n, node: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p>loading</p>}>{node}</Suspense>
    </I18nextProvider>,
  );
  return new Response(prelude).text();
}

function TasksHeading(props: { suffix: string }) {
  const { t } = useTranslation('tasks');
  return (
    <h1>
      {t('title')}
      {props.suffix}
    </h1>
  );
}

describe('lazyWithTranslations', () => {
  it('renders the page only once its features’ strings are there, never a bare key', async () => {
    const i18n = createI18n();
    let loads = 0;
    const Page = lazyWithTranslations(
      ['tasks'],
      async () => {
        loads += 1;
        return { TasksHeading };
      },
      (m) => m.TasksHeading,
    );
    expect(i18n.exists('tasks:title')).toBe(false);

    const html = await settle(i18n, <Page suffix="!" />);
    expect(html).toContain('<h1>Attività di avvio<!-- -->!</h1>');
    expect(html).not.toContain('title');
    expect(loads).toBe(1);
  });

  it('fetches the strings of the language in use', async () => {
    const i18n = createI18n({ en: await loadTranslation('en') });
    await i18n.changeLanguage('en');
    const Page = lazyWithTranslations(
      ['tasks'],
      async () => ({ TasksHeading }),
      (m) => m.TasksHeading,
    );

    expect(await settle(i18n, <Page suffix="" />)).toContain('<h1>Start-up tasks</h1>');
  });
});
