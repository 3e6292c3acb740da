package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.motcua.identity.Actor;

/** Administrators read the national portal's integration log (newest first, by dossier and outcome). */
@ApplicationScoped
public class NationalPortalAdministration {

    static final int PAGE = 200;

    @Inject
    ExchangeLog log;

    public List<Exchange> exchanges(Actor admin, String dossierCode, String outcome) {
        admin.requireAdmin("read the national portal's integration log");
        return log.list(dossierCode, outcome, PAGE);
    }

    public Optional<Exchange> exchange(Actor admin, long id) {
        admin.requireAdmin("read the national portal's integration log");
        return log.find(id);
    }
}
