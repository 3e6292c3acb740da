package vn.motcua.web.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.identity.Actor;

/** The desk's intake queue: online dossiers waiting for the desk's decision, oldest first, against the intake SLA. */
@Named
@RequestScoped
public class IntakeQueue {

    @Inject
    DossierQueries queries;

    @Inject
    Actor actor;

    @Inject
    vn.motcua.web.shared.Messages messages;

    private List<DossierQueries.IntakeItem> items;

    public List<DossierQueries.IntakeItem> getItems() {
        if (items == null) {
            items = queries.intakeQueue(actor);
        }
        return items;
    }

    /** The working time left to decide ("còn 3 giờ 15 phút"), or by how much the decision is late. */
    public String timeLeft(long minutes) {
        long abs = Math.abs(minutes);
        return messages.get(minutes < 0 ? "intake.late" : "intake.left", abs / 60, abs % 60);
    }
}
