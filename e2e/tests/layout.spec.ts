import { expect, test, type Page } from '@playwright/test';
import { storageStatePath } from '../support/users.js';

/** The distinct tops of the main navigation's items: one value when it sits on one line. */
async function navLines(page: Page): Promise<number> {
  const nav = page.getByRole('navigation', { name: /Navigazione principale|Main navigation/ });
  await expect(nav.getByRole('link').first()).toBeVisible();
  const tops = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  return new Set(tops).size;
}

test.describe('at 1280 px, with every navigation item an administrator has', () => {
  test.use({ storageState: storageStatePath('ADMIN'), viewport: { width: 1280, height: 900 } });

  test('the navigation stays on one line in both languages, whichever item is active', async ({ page }) => {
    for (const path of ['/registry-import', '/plan']) {
      await page.goto(path);
      expect(await navLines(page), `${path} in Italian`).toBe(1);
    }
    await page.getByRole('button', { name: 'English' }).click();
    for (const path of ['/registry-import', '/plan']) {
      await page.goto(path);
      expect(await navLines(page), `${path} in English`).toBe(1);
    }
  });
});

test.describe('the adhesion board at 1280 px', () => {
  test.use({ storageState: storageStatePath('CONSULTANT'), viewport: { width: 1280, height: 900 } });

  test('says that more columns follow to the right, until they are in view', async ({ page }) => {
    await page.goto('/adhesions');
    const board = page.getByRole('region', { name: 'Imprese per stato di adesione' });
    await expect(board).toHaveAccessibleDescription(/colonn[ae]? a destra: scorri la bacheca/);
    await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(board).toHaveAccessibleDescription('');
  });
});

test.describe('the firm dashboard at 1280 px', () => {
  test.use({ storageState: storageStatePath('FIRM'), viewport: { width: 1280, height: 900 } });

  test('shows the profile form at the top and each document once, clear of the status row', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('textbox', { name: 'Ragione sociale' })).toBeInViewport();
    const card = page.getByRole('region', { name: 'Adesione alla rete' });
    await expect(card.getByText(/Visura camerale/)).toHaveCount(1);
    const status = await card.locator('dl').boundingBox();
    const documents = await card.getByRole('heading', { name: 'Documenti', exact: true }).boundingBox();
    expect(documents!.y).toBeGreaterThanOrEqual(status!.y + status!.height);
  });
});
