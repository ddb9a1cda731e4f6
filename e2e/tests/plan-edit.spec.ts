import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { approvePlan, ownPlan } from '../support/plan-data.js';
import { gql, storageStatePath } from '../support/users.js';

const euro = (n: number) =>
  new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

/** An approved plan of its own (see ownPlan) with one action. */
async function approvedPlanWithAction(request: Parameters<typeof gql>[0], suffix: string) {
  const plan = await ownPlan(request, `Piano ponte ${suffix}`);
  const title = `Portale B2B ${suffix}`;
  const { createPlanAction: action } = await gql<{ createPlanAction: { id: string; version: number } }>(
    request,
    `mutation ($input: CreatePlanActionInput!) { createPlanAction(input: $input) { id version } }`,
    {
      input: {
        planId: plan.id,
        axis: 'DIGITAL_CLUSTER',
        title,
        startDate: '2027-01-15',
        endDate: '2028-06-30',
        budget: [{ year: 2027, fundingSource: 'REGION', amount: 10000 }],
      },
    },
  );
  await approvePlan(request, plan);
  return { planId: plan.id, actionId: action.id, title };
}

test.describe('an admin revises the budget of an approved plan', () => {
  test.use({ storageState: storageStatePath('ADMIN') });

  test('edits an existing action’s budget, sees the axis total change and the revision listed', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36);
    const { planId, actionId, title } = await approvedPlanWithAction(page.request, suffix);

    await page.goto(`/plan?id=${planId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Piano strategico' })).toBeVisible();
    const budgetTable = page.getByRole('table', { name: /Budget in euro per asse e anno/ });
    const digitalRow = budgetTable.getByRole('row').filter({ hasText: 'Cluster 4.0: strumenti digitali' });
    await expect(digitalRow.getByRole('cell').last()).toHaveText(euro(10000));
    await expect(page.getByText(/Nessuna revisione/)).toBeVisible();

    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const form = page.getByRole('region', { name: 'Modifica il budget' });
    await expect(form.getByText(/ogni modifica del budget resta registrata/)).toBeVisible();
    await form
      .getByRole('group', { name: 'Riga 1' })
      .getByRole('textbox', { name: 'Importo (€)' })
      .fill('15000');
    await form.getByRole('button', { name: 'Aggiungi una riga di budget' }).click();
    const line2 = form.getByRole('group', { name: 'Riga 2' });
    await line2.getByRole('combobox', { name: 'Anno' }).selectOption('2028');
    await line2
      .getByRole('combobox', { name: 'Fonte di finanziamento' })
      .selectOption({ label: 'Unione europea' });
    await line2.getByRole('textbox', { name: 'Importo (€)' }).fill('5000');
    await expect(form.getByText(euro(20000))).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await form.getByRole('button', { name: 'Salva il budget' }).click();
    await expect(form.getByText('Budget salvato.')).toBeVisible();
    const lines = page.getByRole('table', { name: 'Budget dell’azione in euro' });
    await expect(lines.getByRole('row').filter({ hasText: 'Unione europea' })).toContainText(euro(5000));

    await page.getByRole('link', { name: 'Torna al piano' }).click();
    await expect(digitalRow.getByRole('cell').last()).toHaveText(euro(20000));
    const revisions = page.getByRole('list', { name: 'Revisioni del budget' });
    const revision = revisions.getByRole('listitem').filter({ hasText: title }).first();
    await expect(revision).toContainText(`${euro(10000)} → ${euro(20000)}`);
    await expect(revision).toContainText('Giulia Admin');
    await expect(revision.getByRole('link', { name: title })).toHaveAttribute(
      'href',
      `/plan/actions/${actionId}`,
    );
    await expectNoSeriousAxeViolations(page);
  });

  test('keeps the typed budget when someone else saved first, then applies it', async ({ page }) => {
    const suffix = `${Date.now().toString(36)}c`;
    const { actionId, title } = await approvedPlanWithAction(page.request, suffix);
    await page.goto(`/plan/actions/${actionId}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Someone else renames the action meanwhile: the page's version is now stale.
    const { planAction } = await gql<{ planAction: { version: number } }>(
      page.request,
      `query ($id: ID!) { planAction(id: $id) { version } }`,
      { id: actionId },
    );
    await gql(
      page.request,
      `mutation ($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { id } }`,
      { input: { id: actionId, version: planAction.version, title: `${title} (rivista)` } },
    );

    const form = page.getByRole('region', { name: 'Modifica il budget' });
    const amount = form.getByRole('group', { name: 'Riga 1' }).getByRole('textbox', { name: 'Importo (€)' });
    await amount.fill('12500');
    await form.getByRole('button', { name: 'Salva il budget' }).click();
    await expect(form.getByRole('alert')).toContainText('Qualcun altro ha modificato questi dati');
    await expect(amount).toHaveValue('12500');

    await form.getByRole('button', { name: 'Carica la versione aggiornata' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title} (rivista)` })).toBeVisible();
    await expect(amount).toHaveValue('12500');
    await form.getByRole('button', { name: 'Salva il budget' }).click();
    await expect(form.getByText('Budget salvato.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Budget dell’azione in euro' })).toContainText(euro(12500));
  });
});
