import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';

/** What the API answers while its database refuses connections (see apps/api/src/common/unavailable.test.ts). */
const UNAVAILABLE = {
  status: 503,
  headers: { 'retry-after': '5', 'content-type': 'application/graphql-response+json; charset=utf-8' },
  body: JSON.stringify({
    errors: [
      {
        message: 'The service is temporarily unavailable: try again in a few seconds.',
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
      },
    ],
  }),
};

test('while the database is down the app says so in both languages, keeps trying, and recovers by itself', async ({
  page,
}) => {
  // Waits for the page's own retries (1, 2, 4, then every 8 s) and runs axe: more than the default 30 s.
  test.setTimeout(90_000);
  // The database is down for every GraphQL request until `down` turns false.
  let down = true;
  let refused = 0;
  await page.route('**/graphql', async (route) => {
    if (!down) return route.continue();
    refused++;
    await route.fulfill(UNAVAILABLE);
  });

  // The showcase's first page comes rendered by the server, which reads its own database: the visitor
  // meets the outage when the app in the browser asks, here on the way from the sign-in page.
  await page.goto('/sign-in');
  // The sign-in page is drawn by the server too: once React runs it (its button is enabled), the link
  // goes on in the browser; before, it would load the showcase drawn by the server, from its database.
  await expect(page.getByRole('button', { name: 'Accedi' })).toBeEnabled();
  await page.getByRole('link', { name: 'Visita la vetrina delle imprese del distretto' }).click();
  // A polite live region, always on the page, that screen readers read out when the message appears.
  const region = page.locator('[aria-live="polite"]').filter({ hasText: /non disponibile|unavailable/ });
  const notice = region.getByText(/non disponibile|unavailable/);
  await expect(notice).toHaveText('Servizio temporaneamente non disponibile: nuovo tentativo in corso…');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toHaveText('Temporarily unavailable: retrying…');
  // Nobody pressed anything: the page is trying again on its own.
  const triesSoFar = refused;
  await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThan(triesSoFar);

  down = false;
  await expect(notice).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /firms? found/ })).toBeVisible();
});
