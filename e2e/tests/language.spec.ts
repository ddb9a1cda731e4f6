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
