import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';
import { DEMO_FIRM_ID } from '../support/firm-data.js';

/** A task only the staff may see, with a word of its title found nowhere else. */
async function staffTask(baseURL: string | undefined) {
  const consultant = await playwrightRequest.newContext({
    baseURL,
    storageState: storageStatePath('CONSULTANT'),
  });
  const word = `cuoificio${Date.now().toString(36)}`;
  const { createTask } = await gql<{ createTask: { id: string; title: string } }>(
    consultant,
    `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id title } }`,
    { input: { title: `Sopralluogo al ${word} di Lammari`, phase: 'ADHESIONS' } },
  );
  await consultant.dispose();
  return { ...createTask, word };
}

/** Opens the palette with Ctrl-K and types `text`. */
async function searchFor(page: Page, text: string) {
  // The shortcut belongs to the signed-in shell: it listens once the header is there.
  await expect(page.getByRole('banner').getByRole('button', { name: /Cerca/ })).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Cerca' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: /Cerca imprese, persone/ });
  await expect(box).toBeFocused();
  await box.fill(text);
  return { dialog, box };
}

test.describe('the global search, for a consultant', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('Ctrl-K finds a firm, a task and a plan action by a word of their title, keyboard first', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const task = await staffTask(baseURL);
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^Cerca/ })).toBeVisible();

    // A firm: the first result is chosen; Enter opens its page.
    const { dialog, box } = await searchFor(page, 'morvelli');
    const firm = dialog.getByRole('option', {
      name: /^Impresa\s*Morvelli\s*Calzaturificio Morvelli S\.r\.l\./,
    });
    await expect(firm).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await firm.getAttribute('id'))!);
    await expectNoSeriousAxeViolations(page);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/firms/${DEMO_FIRM_ID}$`));
    await expect(dialog).toBeHidden();

    // A task, by a word typed with a capital and without its ending.
    const second = await searchFor(page, task.word.slice(0, -2).toUpperCase());
    const found = second.dialog.getByRole('option', { name: new RegExp(`Attività\\s*${task.title}`) });
    await expect(found).toBeVisible();
    await second.box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`));

    // A plan action of the seeded plan, by one word of its title: arrows move the choice.
    const third = await searchFor(page, 'orlatura');
    const action = third.dialog.getByRole('option', {
      name: /Azione del piano\s*Scuola di orlatura e montaggio/,
    });
    await expect(action).toBeVisible();
    const options = third.dialog.getByRole('option');
    const index = (await options.evaluateAll((all) => all.map((o) => o.textContent))).findIndex((text) =>
      text?.includes('Scuola di orlatura e montaggio'),
    );
    for (let i = 0; i < index; i++) await third.box.press('ArrowDown');
    await expect(action).toHaveAttribute('aria-selected', 'true');
    await third.box.press('Enter');
    await expect(page).toHaveURL(/\/plan\/actions\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Scuola di orlatura e montaggio/ }),
    ).toBeVisible();

    // Esc closes the palette and gives the focus back to the page.
    await searchFor(page, 'morvelli');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Cerca' })).toBeHidden();
  });
});

test.describe('the global search, for a firm', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test("never shows a FIRM user the consultants' tasks or other firms' people", async ({ page, baseURL }) => {
    const task = await staffTask(baseURL);
    await page.goto('/');
    const { dialog } = await searchFor(page, task.word);
    await expect(dialog.getByRole('status')).toHaveText(`Nessun risultato per «${task.word}».`);
    await expect(dialog.getByRole('option')).toHaveCount(0);
    // People have accounts only the ADMIN lists: the consultant's name finds nobody.
    await dialog.getByRole('combobox').fill('consulente');
    await expect(dialog.getByRole('status')).toHaveText(/«consulente»|^\d+ risultat/);
    await expect(dialog.getByRole('option', { name: /^Persona/ })).toHaveCount(0);
    // What every member reads is found: the district's firms.
    await dialog.getByRole('combobox').fill('morvelli');
    await expect(dialog.getByRole('option', { name: /Calzaturificio Morvelli/ }).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
