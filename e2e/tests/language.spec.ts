import { expect, test } from '@playwright/test';
import { DEMO, storageStatePath } from '../support/users.js';

test.use({ storageState: storageStatePath('CONSULTANT') });

test('switching to English persists across reloads, and back to Italian', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: DEMO.CONSULTANT.dashboard })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network start-up' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Network start-up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Italiano' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO.CONSULTANT.dashboard })).toBeVisible();
});

test('each page brings its strings in the language chosen, before or after opening it', async ({ page }) => {
  // The chunks of features' strings (firms.i18n-<hash>.js, firms.i18n.en-<hash>.js, …) fetched so far.
  const requested = new Set<string>();
  page.on('request', (request) => {
    const name = /\/assets\/([\w-]+)\.i18n(\.en)?-[\w-]+\.js$/.exec(request.url());
    if (name) requested.add(`${name[1]}${name[2] ?? ''}`);
  });
  const fetched = () => [...requested].sort();

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: DEMO.CONSULTANT.dashboard })).toBeVisible();
  // The dashboard and the navigation need no feature's strings: none came with the first page.
  expect(fetched()).toEqual([]);
  const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
  await expect(nav.getByRole('link', { name: 'Imprese' })).toBeVisible();

  // A feature opened in Italian comes with its Italian strings.
  await nav.getByRole('link', { name: 'Imprese' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imprese del distretto' })).toBeVisible();
  // (The directory carries the registry's add and merge actions, which have strings of their own.)
  expect(fetched()).toEqual(['firm-registry', 'firms']);

  // Switching on that page turns it, and the frame, English at once.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Firms of the district' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(fetched()).toContain('firms.en');

  // A feature opened after the switch arrives in English, with no bare keys.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Network contract' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network contract' })).toBeVisible();
  await expect(page.getByText(/\b(contract|adhesions)\.[a-z]\w*/)).toHaveCount(0);
  expect(fetched()).toContain('contract.en');
  expect(fetched()).not.toContain('contract');

  // Reopening a page by its address in English: its strings load in English before it shows.
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Start-up tasks' })).toBeVisible();

  // And back to Italian on that page.
  await page.getByRole('button', { name: 'Italiano' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attività di avvio' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigazione principale' })
    .getByRole('link', { name: 'Contratto di rete' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contratto di rete' })).toBeVisible();
});
