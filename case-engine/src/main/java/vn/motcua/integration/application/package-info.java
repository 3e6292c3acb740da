/** Enqueueing into the outbox inside a use case, and its administration (inspect, retry, discard). */
package vn.motcua.integration.application;
