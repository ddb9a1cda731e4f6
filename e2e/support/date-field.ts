import type { Locator } from '@playwright/test';

/**
 * Types a day (YYYY-MM-DD) into a date field the way a person does: the field is a group of day, month
 * and year spin buttons in the page language's order (dd/mm/yyyy in Italian), each moving on to the next
 * once full.
 */
export async function fillDate(field: Locator, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-');
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(`${day}${month}${year}`);
}
