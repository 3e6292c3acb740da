package vn.motcua.dossier.application;

import java.time.Instant;
import java.util.Objects;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.identity.Actor;

/**
 * A dossier changed in a use case. Fired synchronously inside the use case's transaction, so observers (the audit
 * trail, notifications through the outbox, later the statistics read model) commit or roll back with the change.
 * An observer that throws rolls the whole use case back.
 *
 * @param action the dossier history action (e.g. {@code SUBMITTED}, {@code ACCEPTED}, {@code REFUSED})
 * @param from   status before the change; null for the filing itself
 * @param to     status after the change
 * @param actor  who acted: the signed-in official or citizen, or {@link Actor#SYSTEM} for timers and async steps
 * @param reason the reason or note given with the change, if any
 */
public record DossierChanged(long dossierId, String dossierCode, String unitCode, String procedureCode,
                             String action, DossierStatus from, DossierStatus to, Actor actor, String reason,
                             Instant at) {

    public DossierChanged {
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(to, "target status is required");
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(at, "time is required");
    }
}
