import { addDays } from '../../common/dates.js';
import type { JobEnv, JobHandler } from '../../common/jobs/queue.js';
import type { NotificationKind } from '../../generated/graphql.js';
import type { MailLanguage } from '../mail/mail-outbox.entity.js';
import { queueMail } from '../mail/mail.service.js';
import { tasksToRemind } from '../task/task.service.js';
import { mailAddressOf } from '../user/user.recipients.js';
import { NOTIFICATION_KINDS } from './notification.kinds.js';
import { notify } from './notification.service.js';

/**
 * The daily digest mail (07:00 Italian time) and the due-date reminders just before it (06:45). Task names
 * in a crontab take no dots.
 */
export const DIGEST_TASK = 'notification_digest';
export const REMINDERS_TASK = 'notification_reminders';

/**
 * graphile-worker's schedule, shared by every process (its known_crontabs table makes each tick run
 * once however many processes run it). Its cron reads UTC and has no time zone, so each job is
 * scheduled at both UTC hours that can be the Italian one (CET is UTC+1, CEST UTC+2) and acts only in
 * the one that is; `fill` runs a tick missed while no process was up, within three hours.
 */
export const NOTIFICATION_CRONTAB = [
  `45 4,5 * * * ${REMINDERS_TASK} ?fill=3h&max=3`,
  `0 5,6 * * * ${DIGEST_TASK} ?fill=3h&max=3`,
].join('\n');

const ROME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Italian calendar day (YYYY-MM-DD) and wall-clock time of an instant. */
export function romeClock(at: Date): { day: string; time: string } {
  const p = Object.fromEntries(ROME.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The tick's own time (not the time the job happened to run), for a cron job's payload. */
function tickOf(payload: unknown): Date {
  const ts = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
  return ts ? new Date(ts) : new Date();
}

/**
 * Tasks due tomorrow and overdue tasks (not done, with an assignee) remind their assignee, once per
 * task and due date whatever how often this runs (the notification's dedupe key).
 */
export async function writeDueReminders(env: JobEnv, today: string): Promise<number> {
  const tomorrow = addDays(today, 1);
  return env.ds.transaction(async (manager) => {
    let written = 0;
    for (const task of await tasksToRemind(manager, today, tomorrow)) {
      const due = task.dueDate as string;
      const kind: NotificationKind = due === tomorrow ? 'TASK_DUE_TOMORROW' : 'TASK_OVERDUE';
      written += await notify(manager, env.config, {
        kind,
        recipients: { userIds: [task.assigneeId as string] },
        object: { type: 'Task', id: task.id },
        params: { title: task.title, dueDate: due },
        dedupeKey: `${kind}:${due}`,
      });
    }
    return written;
  });
}

const DIGEST_TEXT: Record<MailLanguage, { subject: (n: number) => string; intro: string; open: string }> = {
  it: {
    subject: (n) => (n === 1 ? 'Filiera: 1 novità' : `Filiera: ${n} novità`),
    intro: 'Ecco le novità che ti riguardano dall’ultimo riepilogo:',
    open: 'Apri le notifiche',
  },
  en: {
    subject: (n) => (n === 1 ? 'Filiera: 1 update' : `Filiera: ${n} updates`),
    intro: 'Here is what concerns you since the last digest:',
    open: 'Open your notifications',
  },
};

/**
 * One digest mail per person with notifications waiting for it, for the Italian day `day`. Exactly once
 * per person and day, however many runs overlap: a run first claims (person, day) in
 * notification_digest; a second run's claim waits for the first's commit, then finds it taken and
 * sends nothing. Notifications read in the app meanwhile are left out of the mail.
 */
export async function sendDailyDigests(env: JobEnv, day: string): Promise<number> {
  const people: { recipient_id: string }[] = await env.ds.query(
    `SELECT DISTINCT recipient_id FROM notification WHERE delivery = 'DIGEST' AND digested_at IS NULL`,
  );
  let sent = 0;
  for (const { recipient_id: userId } of people) {
    sent += await env.ds.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digest (user_id, day, notification_count) VALUES ($1, $2, 0)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [userId, day],
      );
      if (claimed.length === 0) return 0;
      // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
      const [waiting]: [{ kind: NotificationKind; params: Record<string, string>; read: boolean }[], number] =
        await manager.query(
          `UPDATE notification SET digested_at = now()
            WHERE recipient_id = $1 AND delivery = 'DIGEST' AND digested_at IS NULL
           RETURNING kind, params, read_at IS NOT NULL AS read`,
          [userId],
        );
      const unread = waiting.filter((n) => !n.read);
      const person = await mailAddressOf(manager, userId);
      await manager.query(
        `UPDATE notification_digest SET notification_count = $3 WHERE user_id = $1 AND day = $2`,
        [userId, day, unread.length],
      );
      if (!person?.active || unread.length === 0) return 0;
      const text = DIGEST_TEXT[person.language];
      await queueMail(manager, {
        kind: 'NOTIFICATION_DIGEST',
        to: person.email,
        language: person.language,
        content: {
          subject: text.subject(unread.length),
          paragraphs: [
            text.intro,
            unread.map((n) => `• ${NOTIFICATION_KINDS[n.kind].text[person.language](n.params)}`).join('\n'),
          ],
          action: { label: text.open, url: `${env.config.publicUrl}/notifications` },
        },
      });
      return 1;
    });
  }
  return sent;
}

/** The cron jobs: each acts only at its Italian time (see NOTIFICATION_CRONTAB). */
export const digestJobs: Record<string, JobHandler> = {
  [REMINDERS_TASK]: async (payload, env) => {
    const { day, time } = romeClock(tickOf(payload));
    if (time === '06:45') await writeDueReminders(env, day);
  },
  [DIGEST_TASK]: async (payload, env) => {
    const { day, time } = romeClock(tickOf(payload));
    if (time === '07:00') await sendDailyDigests(env, day);
  },
};
