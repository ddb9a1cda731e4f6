import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { fillDate } from '../support/date-field.js';
import { approvePlan, ownPlan } from '../support/plan-data.js';
import { gql, storageStatePath } from '../support/users.js';

interface Plans {
  strategicPlans: { id: string; axes: { axis: string; total: number }[] }[];
}
const PLANS = `{ strategicPlans { id axes { axis total } } }`;
const euro = (n: number) =>
  new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

/** An action with a KPI in an approved plan of its own (see ownPlan), added by the ADMIN. */
async function ownAction(
  baseURL: string,
  title: string,
  kpi: { name: string; unit: string; target: number },
) {
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const plan = await ownPlan(admin, `Piano di prova ${Date.now()}`);
  const { createPlanAction: action } = await gql<{ createPlanAction: { id: string } }>(
    admin,
    `mutation ($input: CreatePlanActionInput!) { createPlanAction(input: $input) { id } }`,
    {
      input: {
        planId: plan.id,
        axis: 'NETWORKING_TRAINING',
        title,
        startDate: '2027-01-15',
        endDate: '2027-12-15',
        budget: [{ year: 2027, fundingSource: 'REGION', amount: 10000 }],
        kpis: [{ ...kpi, baseline: 0 }],
      },
    },
  );
  await approvePlan(admin, plan);
  await admin.dispose();
  return action.id;
}

test.describe('an admin edits the strategic plan', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('adds an action with a budget and sees the axis total change', async ({ page }) => {
    const plan = await ownPlan(page.request, `Piano di lavoro ${Date.now().toString(36)}`);
    const before = (await gql<Plans>(page.request, PLANS)).strategicPlans.find((p) => p.id === plan.id)!;
    const digitalBefore = before.axes.find((a) => a.axis === 'DIGITAL_CLUSTER')!.total;

    await page.goto(`/plan?id=${plan.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Piano strategico' })).toBeVisible();
    const budget = page.getByRole('table', { name: /Budget in euro per asse e anno/ });
    const digitalRow = budget.getByRole('row').filter({ hasText: 'Cluster 4.0: strumenti digitali' });
    await expect(digitalRow.getByRole('cell').last()).toHaveText(euro(digitalBefore));
    await expectNoSeriousAxeViolations(page);

    const title = `App del distretto ${Date.now().toString(36)}`;
    const form = page.getByRole('region', { name: 'Nuova azione' });
    await form
      .getByRole('combobox', { name: 'Asse' })
      .selectOption({ label: 'Cluster 4.0: strumenti digitali' });
    await form.getByRole('textbox', { name: 'Titolo' }).fill(title);
    await fillDate(form.getByRole('group', { name: 'Inizio', exact: true }), '2028-01-10');
    await fillDate(form.getByRole('group', { name: 'Fine', exact: true }), '2028-11-30');
    const line = form.getByRole('group', { name: 'Riga 1' });
    await line.getByRole('combobox', { name: 'Anno' }).selectOption('2028');
    await line
      .getByRole('combobox', { name: 'Fonte di finanziamento' })
      .selectOption({ label: 'Unione europea' });
    await line.getByRole('textbox', { name: 'Importo (€)' }).fill('12345');
    await page.getByRole('button', { name: 'Aggiungi l’azione' }).click();

    await expect(page.getByText(`Azione «${title}» aggiunta.`)).toBeVisible();
    await expect(digitalRow.getByRole('cell').last()).toHaveText(euro(digitalBefore + 12345));
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();

    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const lines = page.getByRole('table', { name: 'Budget dell’azione in euro' });
    await expect(lines.getByRole('row').filter({ hasText: 'Unione europea' })).toContainText(euro(12345));
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('a consultant measures an action', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('records a KPI value and sees the attainment', async ({ page, baseURL }) => {
    const id = await ownAction(baseURL!, `Scuola di tomaia ${Date.now()}`, {
      name: 'Persone formate',
      unit: 'persone',
      target: 60,
    });
    await page.goto(`/plan/actions/${id}`);
    const form = page.getByRole('region', { name: 'Registra un valore' });
    await form.getByRole('combobox', { name: 'Anno' }).selectOption('2027');
    // Baseline 0, target 60 people: 15 trained is 25% of the way.
    await form.getByRole('textbox', { name: 'Valore misurato' }).fill('15');
    await form.getByRole('button', { name: 'Registra il valore' }).click();
    await expect(form.getByText('Valore registrato.')).toBeVisible();
    const kpis = page.getByRole('table', { name: /Indicatori con valore di partenza/ });
    await expect(kpis.getByRole('row').filter({ hasText: 'Persone formate' })).toContainText('25%');
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('a firm user reads the plan', () => {
  test.use({ storageState: storageStatePath('FIRM') });

  test('sees the plan without the form and asks to join an action', async ({ page, baseURL }) => {
    const id = await ownAction(baseURL!, `Collettiva a MICAM Milano ${Date.now()}`, {
      name: 'Buyer esteri incontrati',
      unit: 'buyer',
      target: 40,
    });
    await page.goto('/plan');
    await expect(page.getByRole('heading', { level: 1, name: 'Piano strategico' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aggiungi l’azione' })).toHaveCount(0);
    await page.goto(`/plan/actions/${id}`);
    await expect(page.getByRole('table', { name: /Indicatori con valore di partenza/ })).toContainText(
      'Buyer esteri incontrati',
    );
    await page.getByRole('button', { name: 'Chiedi di partecipare' }).click();
    await expect(page.getByText('Richiesta inviata: il capofila la valuterà.')).toBeVisible();
    await expect(page.getByText('In attesa')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
