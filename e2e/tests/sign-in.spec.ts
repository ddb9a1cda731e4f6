import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { DEMO, totpCode, totpSecretOf, type DemoRole } from '../support/users.js';

test.describe('sign-in', () => {
  for (const role of Object.keys(DEMO) as DemoRole[]) {
    test(`${role} signs in and lands on the ${role} dashboard`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in/);
      await page.getByLabel('E-mail').fill(DEMO[role].email);
      await page.getByLabel('Password').fill(DEMO[role].password);
      await page.getByRole('button', { name: 'Accedi' }).click();
      const secret = totpSecretOf(role);
      if (secret) {
        // Staff sign in with a second factor: the demo secret's current code (README, `pnpm demo:code`).
        const code = page.getByLabel('Codice dell’app o codice di recupero');
        await expect(code).toBeFocused();
        await expectNoSeriousAxeViolations(page);
        await code.fill(totpCode(secret));
        await page.getByRole('button', { name: 'Verifica' }).click();
      }
      await expect(page.getByRole('heading', { level: 1, name: DEMO[role].dashboard })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('a wrong password is refused with a message and no session', async ({ page }) => {
    await page.goto('/sign-in');
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('E-mail').fill(DEMO.CONSULTANT.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByRole('alert')).toContainText('E-mail o password non corretti');
    // Focus moves to the reason, so it is read and the keyboard starts from there.
    await expect(page.locator(':focus')).toContainText('E-mail o password non corretti');
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the sign-in page comes drawn by the server, in the language remembered, and waits for its code', async ({
    page,
    request,
  }) => {
    const italian = await (await request.get('/sign-in')).text();
    expect(italian).toContain('<html lang="it">');
    expect(italian).toMatch(/<input[^>]*name="password"/);
    // Not submittable by the browser itself (a GET with the password in the address) before React runs.
    expect(italian).toMatch(/<button type="submit"[^>]*disabled/);
    const english = await (
      await request.get('/sign-in', { headers: { cookie: 'filiera.language=en' } })
    ).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Sign in');
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Accedi' })).toBeEnabled();
  });

  test('the sign-in page leads a visitor to the showcase', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Visita la vetrina delle imprese del distretto' }).click();
    await expect(page).toHaveURL(/\/showcase$/);
  });

  test('signing out ends the session', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(DEMO.CHAMBER.email);
    await page.getByLabel('Password').fill(DEMO.CHAMBER.password);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO.CHAMBER.dashboard })).toBeVisible();
    await page.getByRole('button', { name: 'Esci' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
