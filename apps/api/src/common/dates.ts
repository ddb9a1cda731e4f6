/** The district's calendar day, the same rule as the web app's (packages/shared). */
export { romeToday } from '@filiera/shared';

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
