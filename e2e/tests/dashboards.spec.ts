import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { DEMO, gql, storageStatePath, type DemoRole } from '../support/users.js';

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test.describe(`${role} dashboard`, () => {
    test.use({ storageState: storageStatePath(role) });

    test('shows the role’s landing page with no serious accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: DEMO[role].dashboard })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Caricamento' })).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
    });
  });
}

test.describe('navigation by role', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('the manager sees user management and the district figures the API reports', async ({ page }) => {
    const { districtSummary } = await gql<{ districtSummary: { firmCount: number } }>(
      page.request,
      '{ districtSummary { firmCount } }',
    );
    expect(districtSummary.firmCount).toBeGreaterThan(300);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(nav.getByRole('link', { name: 'Utenti' })).toBeVisible();
    await expect(page.getByText(String(districtSummary.firmCount), { exact: true }).first()).toBeVisible();
  });
});

test.describe('a firm user', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('has no user management and is turned away from it', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Utenti' })).toHaveCount(0);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Utenti');
  });
});
