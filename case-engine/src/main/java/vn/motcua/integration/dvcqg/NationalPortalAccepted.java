package vn.motcua.integration.dvcqg;

import java.util.Objects;

/**
 * The national portal accepted a call about a dossier (after the integration log recorded it). Fired on the relay's
 * thread, outside any use case: observers keep their own facts (e.g. the statistics' synced share) and must not fail
 * the delivery.
 *
 * @param dossierCode the dossier's code (the outbox aggregate)
 * @param service     the service called, e.g. {@code DongBoHoSoMC}
 */
public record NationalPortalAccepted(String dossierCode, String service) {

    public NationalPortalAccepted {
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(service, "service is required");
    }
}
