/**
 * Notifications: e-mail (Jakarta Mail, Vietnamese templates an administrator can override), SMS (a gateway port
 * with a logging implementation) and the officials' in-app inbox (new task, due soon, overdue, returned to you).
 * Everything is sent through the transactional outbox: a use case enqueues, the relay delivers after the commit.
 */
package vn.motcua.notification;
