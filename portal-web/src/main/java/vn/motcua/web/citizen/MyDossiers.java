package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.identity.Actor;

/** The citizen's own dossiers, newest first. */
@Named
@RequestScoped
public class MyDossiers {

    @Inject
    DossierQueries queries;

    @Inject
    Actor actor;

    private List<DossierView> dossiers;

    public List<DossierView> getDossiers() {
        if (dossiers == null) {
            dossiers = queries.myDossiers(actor);
        }
        return dossiers;
    }
}
