/** The notification context's vocabulary and the payloads it puts in the outbox. */
package vn.motcua.notification.domain;
