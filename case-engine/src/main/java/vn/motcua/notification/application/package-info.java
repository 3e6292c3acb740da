/**
 * What is notified and to whom: the applicant on filing, acceptance, refusal and result (e-mail and SMS), officials
 * in their inbox on a new step, a draft returned to them, and (through {@link vn.motcua.notification.application.InboxNotices})
 * due-soon and overdue steps. Everything is enqueued in the outbox inside the use case's transaction.
 */
package vn.motcua.notification.application;
