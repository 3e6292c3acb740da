/**
 * The audit trail: an append-only, hash-chained log of who did what, when, from where and why. Every use case
 * appends its entry inside its own transaction (the entry commits or rolls back with the change it describes);
 * each entry carries the hash of the previous one, so altering, removing or reordering a stored row is found by the
 * verification, which names the first broken link. Personal identifiers are masked before anything is stored.
 */
package vn.motcua.audit;
