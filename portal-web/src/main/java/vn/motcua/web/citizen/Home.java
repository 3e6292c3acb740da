package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureSummary;

/** The public home page: the procedures in force, with online filing where the procedure allows it. */
@Named
@RequestScoped
public class Home {

    @Inject
    Catalog catalog;

    private List<ProcedureSummary> procedures;

    public List<ProcedureSummary> getProcedures() {
        if (procedures == null) {
            procedures = catalog.proceduresInForce();
        }
        return procedures;
    }
}
