import type { notificationsIt } from './notifications.i18n';

/** English strings of the notifications page and preferences (same shape as the Italian). */
export const notificationsEn: typeof notificationsIt = {
  title: 'Notifications',
  intro: 'What happened that concerns you, newest first.',
  count_one: '{{count, number}} notification, {{unread, number}} unread',
  count_other: '{{count, number}} notifications, {{unread, number}} unread',
  empty: 'No notifications yet.',
  unread: 'Unread',
  open: 'Open',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  allRead: 'All notifications are marked as read.',
  showMore: 'Show more',
  text: {
    SUPPLY_LINK_DECLARED: 'New supply link to confirm: {{supplier}} supplies {{capability}} to {{customer}}',
    SUPPLY_LINK_CONFIRMED: 'Supply link confirmed: {{supplier}} supplies {{capability}} to {{customer}}',
    SUPPLY_LINK_REJECTED: 'Supply link rejected: {{supplier}} supplies {{capability}} to {{customer}}',
    SUPPLY_LINK_ENDED: 'Supply link ended: {{supplier}} supplies {{capability}} to {{customer}}',
    ADHESION_MOVED: '{{firm}}’s network membership is now: {{statusLabel}}',
    ADHESION_DOCUMENTS_REQUESTED:
      '{{firm}}’s network membership needs its documents: company register extract, DURC, digital signature',
    TASK_ASSIGNED: 'You were assigned the task “{{title}}”',
    TASK_COMMENTED: 'New comment on the task “{{title}}”',
    TASK_DUE_TOMORROW: 'The task “{{title}}” is due tomorrow',
    TASK_OVERDUE: 'The task “{{title}}” was due on {{dueDate}}',
  },
  preferences: {
    title: 'Notifications',
    intro:
      'For each kind of notice, choose how it reaches you. The daily digest arrives at 7:00 (Italian time).',
    caption: 'How each kind of notification reaches you',
    kindColumn: 'Notice',
    channelColumn: 'How',
    saved: 'Preference saved.',
    kinds: {
      SUPPLY_LINK_DECLARED: 'A supply link to confirm',
      SUPPLY_LINK_CONFIRMED: 'A link of my firm confirmed',
      SUPPLY_LINK_REJECTED: 'A link of my firm rejected',
      SUPPLY_LINK_ENDED: 'A link of my firm ended',
      ADHESION_MOVED: 'My firm’s membership changed',
      ADHESION_DOCUMENTS_REQUESTED: 'My firm is asked for its membership documents',
      TASK_ASSIGNED: 'A task assigned to me',
      TASK_COMMENTED: 'A comment on a task of mine',
      TASK_DUE_TOMORROW: 'A task of mine is due tomorrow',
      TASK_OVERDUE: 'A task of mine is overdue',
    },
    channels: {
      IN_APP: 'In the app only',
      EMAIL: 'E-mail at once',
      DIGEST: 'Daily digest',
      OFF: 'Never',
    },
  },
};
