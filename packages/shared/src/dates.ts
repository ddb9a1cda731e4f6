const ROME_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar day in the district (Europe/Rome), as YYYY-MM-DD: "overdue" means before this day. */
export function romeToday(now: Date = new Date()): string {
  return ROME_DAY.format(now);
}
