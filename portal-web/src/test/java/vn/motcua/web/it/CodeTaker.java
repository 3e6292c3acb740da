package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.infrastructure.DossierCodeSequence;

/** Takes dossier codes the way filing does: one transaction each, or one that then fails. */
@ApplicationScoped
public class CodeTaker {

    @Inject
    DossierCodeSequence codes;

    @Transactional
    public DossierCode take(String agencyCode, LocalDate day) {
        return codes.next(agencyCode, day);
    }

    @Transactional
    public void takeAndFail(String agencyCode, LocalDate day) {
        codes.next(agencyCode, day);
        throw new IllegalStateException("the filing failed after taking its code");
    }
}
