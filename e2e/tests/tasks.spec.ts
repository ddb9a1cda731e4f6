import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { fillDate } from '../support/date-field.js';
import { gql, storageStatePath } from '../support/users.js';

const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id title } }`;

/** YYYY-MM-DD in Europe/Rome, `days` from today: the API's "overdue" counts from the district's day. */
function romeDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test.describe('a consultant runs the start-up tasks', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('creates a task, blocks it on another, moves it on the board and sees DONE refused', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    const title = `Verifica visure camerali ${suffix}`;
    const blockerTitle = `Raccolta DURC ${suffix}`;
    await gql(page.request, CREATE, {
      input: { title: blockerTitle, phase: 'ADHESIONS', dueDate: romeDay(3) },
    });

    await page.goto('/tasks');
    await expect(page.getByRole('heading', { level: 1, name: 'Attività di avvio' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('textbox', { name: 'Titolo' }).fill(title);
    await page.getByRole('combobox', { name: 'Fase' }).selectOption({ label: 'Adesioni' });
    await fillDate(page.getByRole('group', { name: 'Scadenza' }), romeDay(5));
    await page.getByRole('button', { name: 'Crea attività' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Attività «${title}» creata.` })).toBeVisible();
    await expect(column(page, 'Da fare').getByRole('link', { name: title })).toBeVisible();

    // Block it on the other task, on the task's page.
    await column(page, 'Da fare').getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Aggiungi un’attività bloccante' }).fill(suffix);
    await page.getByRole('combobox', { name: 'Scegli un’attività' }).selectOption({ label: blockerTitle });
    await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    await expect(page.getByRole('button', { name: `Togli «${blockerTitle}»` })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Drag it to "In corso".
    await page.goto('/tasks');
    const card = column(page, 'Da fare').getByRole('listitem').filter({ hasText: title });
    // A window tall enough to hold the card and the target column at once, wherever the card falls in a
    // long "Da fare" column: the mouse cannot reach a column scrolled out of view.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: 4000 });
    // A drag in small steps, as a hand would do it: a drag starts once the pointer has moved a little.
    await card.hover();
    await page.mouse.down();
    const target = await column(page, 'In corso').boundingBox();
    // Aim at a visible point of the column: the page may have scrolled to the card.
    const y = Math.min(Math.max(target!.y + 40, 10), target!.y + target!.height - 10);
    await page.mouse.move(target!.x + target!.width / 2, y, { steps: 10 });
    await page.mouse.up();
    await expect(column(page, 'In corso').getByRole('link', { name: title })).toBeVisible();
    await expect(column(page, 'Da fare').getByRole('link', { name: title })).toHaveCount(0);
    await expect(page.getByText(`«${title}» spostata in In corso.`)).toBeInViewport();
    await page.setViewportSize(viewport);

    // Dragged with the keyboard from its handle: space picks it up, → moves it a column on, space drops it;
    // each step is announced.
    await column(page, 'In corso')
      .getByRole('button', { name: `Trascina «${title}» in un’altra colonna` })
      .focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(`«${title}» è sulla colonna In corso.`)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(`«${title}» è sulla colonna Bloccata.`)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(column(page, 'Bloccata').getByRole('link', { name: title })).toBeFocused();
    await expect(page.getByText(`«${title}» spostata in Bloccata.`)).toBeInViewport();

    // "Sposta in…" says where the card went and keeps focus on it in its new column.
    await column(page, 'Bloccata')
      .getByRole('combobox', { name: `Sposta «${title}» in` })
      .selectOption({ label: 'In corso' });
    await expect(column(page, 'In corso').getByRole('link', { name: title })).toBeFocused();
    await expect(page.getByText(`«${title}» spostata in In corso.`)).toBeInViewport();
    // To Fatta is refused while the blocker is open, naming it.
    await column(page, 'In corso')
      .getByRole('combobox', { name: `Sposta «${title}» in` })
      .selectOption({ label: 'Fatta' });
    await expect(
      page.getByText(`Non può essere «Fatta» finché sono aperte: «${blockerTitle}».`),
    ).toBeInViewport();
    await expect(column(page, 'In corso').getByRole('link', { name: title })).toBeVisible();
  });

  test('sees a task past its due date marked overdue in the list, and not one due today', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    const late = `Firma contratto scaduta ${suffix}`;
    const today = `Firma contratto di oggi ${suffix}`;
    await gql(page.request, CREATE, { input: { title: late, phase: 'CONTRACT', dueDate: romeDay(-1) } });
    await gql(page.request, CREATE, { input: { title: today, phase: 'CONTRACT', dueDate: romeDay(0) } });

    await page.goto('/tasks?view=list');
    await page.getByRole('checkbox', { name: 'Solo in ritardo' }).check();
    const table = page.getByRole('table', { name: 'Attività di avvio' });
    const lateRow = table.getByRole('row').filter({ hasText: late });
    await expect(lateRow).toBeVisible();
    await expect(lateRow.getByText('In ritardo')).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: today })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('checkbox', { name: 'Solo in ritardo' }).uncheck();
    await expect(table.getByRole('row').filter({ hasText: today }).getByText('In ritardo')).toHaveCount(0);
  });

  test('reads the timeline with today’s line and "my week"', async ({ page }) => {
    await page.goto('/tasks?view=timeline');
    await expect(page.getByRole('img', { name: /Cronologia delle attività per fase/ })).toBeVisible();
    await expect(page.getByText(/^Oggi ·/)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByText('Mostra la cronologia come tabella').click();
    await expect(page.getByRole('table', { name: 'Attività per fase con inizio e scadenza' })).toBeVisible();

    await page.goto('/tasks?view=week');
    await expect(page.getByRole('heading', { name: 'In scadenza nei prossimi 7 giorni' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cosa è cambiato' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('a consultant whose browser is set to American English', () => {
  test.use({ storageState: storageStatePath('CONSULTANT'), locale: 'en-US' });

  test('reads and types a due date as dd/mm/yyyy on the Italian page, and picks one from the calendar', async ({
    page,
  }) => {
    await page.goto('/tasks');
    const due = page.getByRole('group', { name: 'Scadenza' });
    await expect(due).toHaveText('gg/mm/aaaa');
    await fillDate(due, '2031-02-03');
    await expect(due).toHaveText('03/02/2031');

    await due.getByRole('button').click();
    const calendar = page.getByRole('dialog');
    await expect(calendar.getByRole('heading')).toHaveText(/febbraio 2031/i);
    await expectNoSeriousAxeViolations(page);
    await calendar.getByRole('button', { name: /17 febbraio 2031/ }).click();
    await expect(due).toHaveText('17/02/2031');
  });
});

test.describe('the chamber reads the tasks', () => {
  test.use({ storageState: storageStatePath('CHAMBER') });

  test('sees the board without editing controls', async ({ page }) => {
    await page.goto('/tasks');
    await expect(page.getByRole('link', { name: 'Attività' })).toBeVisible();
    await expect(column(page, 'Da fare').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Crea attività' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /^Sposta/ })).toHaveCount(0);
  });
});

test.describe('a firm user', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('has no tasks in the navigation and is refused the page', async ({ page }) => {
    await page.goto('/tasks');
    await expect(page.getByRole('link', { name: 'Attività', exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Attività di avvio' })).toHaveCount(0);
  });
});
