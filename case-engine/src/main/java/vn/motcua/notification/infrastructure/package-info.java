/**
 * The channels' handlers that the outbox relay calls (e-mail over SMTP, SMS through the gateway port, the inbox
 * table), the template engine and the configuration they read.
 */
package vn.motcua.notification.infrastructure;
