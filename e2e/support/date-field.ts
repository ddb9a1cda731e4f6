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

/**
 * Types a day and a time (YYYY-MM-DDTHH:mm) into a date-and-time field the way a person does: the day
 * as `fillDate` does, then the hour and the minute spin buttons (a 24-hour clock).
 */
export async function fillDateTime(field: Locator, isoMinute: string): Promise<void> {
  const [isoDay = '', time = ''] = isoMinute.split('T');
  const [hour, minute] = time.split(':');
  await fillDate(field, isoDay);
  await field.page().keyboard.type(`${hour}${minute}`);
}
