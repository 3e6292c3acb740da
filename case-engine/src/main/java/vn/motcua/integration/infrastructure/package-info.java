/** The outbox relay's wiring into the container: settings from MicroProfile Config, managed worker threads. */
package vn.motcua.integration.infrastructure;
