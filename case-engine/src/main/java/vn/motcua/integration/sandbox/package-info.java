/**
 * A fake national public-service portal (DVCQG) for tests, benchmarks and the demo: the login and service calls of
 * the real one, a seeded fault model (refusals, time-outs after accepting, slow answers, replayed deliveries), and a
 * record of everything it received — the raw attempts and the view deduplicated by idempotency key, in order per
 * dossier — so tests can assert what the portal ended up with. Kept in memory: one instance per process.
 */
package vn.motcua.integration.sandbox;
