package vn.motcua.web.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.WorkItemView;
import vn.motcua.identity.Actor;

/** The official's worklist: open steps of the units and roles they hold, oldest first. */
@Named
@RequestScoped
public class MyWorklist {

    @Inject
    DossierQueries queries;

    @Inject
    Actor actor;

    private List<WorkItemView> items;

    public List<WorkItemView> getItems() {
        if (items == null) {
            items = queries.worklist(actor);
        }
        return items;
    }
}
