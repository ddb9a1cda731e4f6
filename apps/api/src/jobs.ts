import type { JobHandlers } from './common/jobs/queue.js';
import { sendOutboxMail } from './modules/mail/mail.sender.js';
import { SEND_MAIL_TASK } from './modules/mail/mail.service.js';
import { REGISTRY_IMPORT_TASK, runImportJob } from './modules/registry-import/registry-import.work.js';
import { digestJobs, NOTIFICATION_CRONTAB } from './modules/notification/digest.js';
import { DOMAIN_EVENT_TASK } from './modules/event-stream/domain-event.js';
import {
  EVENT_STREAM_CRONTAB,
  processDomainEvent,
  PRUNE_DOMAIN_EVENTS_TASK,
  pruneDomainEvents,
} from './modules/event-stream/event-stream.work.js';
import { securityMailProcessor } from './modules/auth/security-mail.processor.js';
import { liveProcessor } from './modules/notification/live.processor.js';
import { notificationsProcessor } from './modules/notification/notifications.processor.js';

/** Every job the queue runs, by task name, from the module that owns it (see common/jobs/queue.ts). */
export const jobHandlers: JobHandlers = {
  [SEND_MAIL_TASK]: sendOutboxMail,
  [REGISTRY_IMPORT_TASK]: runImportJob,
  ...digestJobs,
  // Every reaction to a change, one processor per concern (modules/event-stream).
  [DOMAIN_EVENT_TASK]: processDomainEvent([liveProcessor, notificationsProcessor, securityMailProcessor]),
  [PRUNE_DOMAIN_EVENTS_TASK]: pruneDomainEvents,
};

/** The queue's schedule (graphile-worker crontab lines, read in UTC), from the modules that own the jobs. */
export const jobCrontab = [NOTIFICATION_CRONTAB, EVENT_STREAM_CRONTAB].join('\n');
