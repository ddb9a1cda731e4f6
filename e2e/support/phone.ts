import { expect, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe.ts';

/** The phone project's screen (playwright.config.ts): an ordinary phone held upright. */
export const PHONE = { width: 390, height: 844 } as const;

/** The smallest tap target WCAG 2.5.5 and the platforms' guidelines ask for, in CSS pixels. */
const MIN_TAP = 44;

/**
 * Fails when the page is wider than the screen: something a person would have to scroll sideways to
 * read. A phone browser zooms out to fit a wide page (innerWidth grows), so the screen's width counts.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  const limit = Math.min(innerWidth, page.viewportSize()?.width ?? PHONE.width);
  expect(scrollWidth, `${new URL(page.url()).pathname} is wider than the screen`).toBeLessThanOrEqual(limit);
}

/** The links and buttons of the header and the navigation (the menu opened) smaller than 44 × 44 px. */
async function smallTapTargets(page: Page): Promise<string[]> {
  return page.locator('header a, header button, nav a, nav button').evaluateAll(
    (elements, min) =>
      elements.flatMap((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return []; // hidden (a closed menu, a skip link)
        const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        return box.width < min || box.height < min ? [`${name} (${size})`] : [];
      }),
    MIN_TAP,
  );
}

/**
 * The checks of every page the phone journeys visit: the first heading shown, nothing wider than the
 * screen, tap targets of the header and navigation at least 44 px (with the menu open, when there is
 * one), no serious axe violation.
 */
export async function checkPhonePage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.state--loading')).toHaveCount(0, { timeout: 30_000 });
  await expectNoSidewaysScroll(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  const hasMenu = (await menu.count()) > 0;
  if (hasMenu) await menu.tap();
  expect(await smallTapTargets(page), 'tap targets under 44 px').toEqual([]);
  await expectNoSeriousAxeViolations(page);
  if (hasMenu) await menu.tap();
}

/** Goes to a page through the main menu, as a person on a phone does. */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name }).tap();
  // Choosing a page closes the menu.
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
}
