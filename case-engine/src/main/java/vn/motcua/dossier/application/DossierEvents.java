package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.identity.Actor;

/** Announces the latest change of a dossier (its newest history entry) to the observers of {@link DossierChanged}. */
@ApplicationScoped
public class DossierEvents {

    @Inject
    Event<DossierChanged> changed;

    public void announce(Dossier dossier, Actor actor) {
        List<DossierHistoryEntry> history = dossier.getHistory();
        if (history.isEmpty()) {
            throw new IllegalStateException("dossier " + dossier.getCode() + " has no change to announce");
        }
        DossierHistoryEntry last = history.get(history.size() - 1);
        changed.fire(new DossierChanged(dossier.getId(), dossier.getCode().value(),
                dossier.getReceivingUnit().getCode(), dossier.getProcedureVersion().getProcedure().getCode(),
                last.getAction(), last.getFromStatus(), last.getToStatus(), actor, last.getNote(),
                last.getOccurredAt()));
    }
}
