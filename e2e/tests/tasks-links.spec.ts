import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe.js';
import { gql, storageStatePath } from '../support/users.js';

test.describe('a consultant links a task to firms and a plan action', () => {
  test.use({ storageState: storageStatePath('CONSULTANT') });

  test('finds a firm, links it and an action, and sees both on the task page', async ({ page }) => {
    const suffix = Date.now().toString(36);
    const { createTask: task } = await gql<{ createTask: { id: string; title: string } }>(
      page.request,
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id title } }`,
      { input: { title: `Visita in azienda ${suffix}`, phase: 'ADHESIONS' } },
    );
    const { firms } = await gql<{ firms: { edges: { node: { id: string; legalName: string } }[] } }>(
      page.request,
      `{ firms(first: 1) { edges { node { id legalName } } } }`,
    );
    const firm = firms.edges[0]!.node;
    const { strategicPlans } = await gql<{
      strategicPlans: { actions: { edges: { node: { id: string; title: string } }[] } }[];
    }>(page.request, `{ strategicPlans { actions(first: 100) { edges { node { id title } } } } }`);
    const action = strategicPlans
      .flatMap((p) => p.actions.edges.map((e) => e.node))
      .find((a) => a.title === 'Scuola di orlatura e montaggio')!;

    await page.goto(`/tasks/${task.id}`);
    await expect(page.getByRole('heading', { level: 1, name: task.title })).toBeVisible();
    const links = page.getByRole('region', { name: 'Imprese e azione del piano' });
    await expect(links.getByText('Nessuna impresa collegata.')).toBeVisible();
    await links.getByRole('searchbox', { name: 'Cerca un’impresa da collegare' }).fill(firm.legalName);
    await links.getByRole('button', { name: `Scegli «${firm.legalName}»` }).click();
    await expect(links.getByRole('button', { name: `Scollega «${firm.legalName}»` })).toBeVisible();
    await links.getByRole('combobox', { name: 'Azione del piano' }).selectOption(action.id);
    await expectNoSeriousAxeViolations(page);
    await links.getByRole('button', { name: 'Salva i collegamenti' }).click();
    await expect(links.getByText('Collegamenti salvati.')).toBeVisible();

    const details = page.getByRole('region', { name: 'Dettagli' });
    await expect(details.getByRole('link', { name: 'Scuola di orlatura e montaggio' })).toBeVisible();
    await details.getByRole('link', { name: firm.legalName }).click();
    await expect(page).toHaveURL(new RegExp(`/firms/${firm.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: firm.legalName })).toBeVisible();
  });
});
