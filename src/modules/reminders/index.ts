// Reminders ("đôn đốc"): a daily job tells the units of each open task that falls due soon or is
// overdue, in the app (a bell with the unread count, /quan-tri/thong-bao) and by e-mail when SMTP
// is configured. Rules: one run per Vietnam day from REMINDER_HOUR, claimed in the database so
// restarts and several nodes never repeat it; at most one e-mail per person per day; only a
// unit's unit reporters (and a leader placed in it) receive its reminders and read them, each
// with their own read state.
export { createReminders, type Reminders, type StaffUser, type RunResult } from './reminders.service.js';
export { startReminderJob } from './reminder-job.js';
export { createSmtpMailer, type Mailer } from './mailer.js';
export { mountNotificationPages } from './notifications.admin.js';
export { addNotificationsHomePanel } from './notifications-home.js';
