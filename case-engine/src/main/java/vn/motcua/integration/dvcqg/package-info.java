/**
 * Synchronisation with the national public-service portal (DVCQG, DOMAIN.md §6.2): every dossier change enqueues,
 * in the use case's transaction, a {@code DongBoHoSoMC} snapshot of the dossier and a {@code CapNhatTienDoHoSoMC}
 * progress entry on the outbox's DVCQG channel ({@link vn.motcua.integration.dvcqg.NationalPortalSync}); the relay
 * delivers them in order per dossier through {@link vn.motcua.integration.dvcqg.NationalPortalDelivery} (session
 * login, retry on timeouts and 5xx, permanent failure on validation errors), every exchange kept in the integration
 * log ({@link vn.motcua.integration.dvcqg.ExchangeLog}); a recurring reconciliation compares what the portal holds
 * with our dossiers and repairs drift.
 */
package vn.motcua.integration.dvcqg;
