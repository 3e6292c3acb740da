package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;

/** A use case that files a dossier, moves its process one step, and then fails: nothing of it may remain. */
@ApplicationScoped
public class FailingUseCase {

    /** The failure injected after the writes. */
    public static class InjectedFailure extends RuntimeException {
        public InjectedFailure() {
            super("injected failure after writing the dossier and advancing its process");
        }
    }

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Transactional
    public void fileAcceptThenFail(Actor citizen, Actor desk, FilingRequest request, Consumer<DossierCode> seen) {
        DossierCode code = filing.fileOnline(citizen, request);
        seen.accept(code);
        String intake = queries.dossier(desk, code.value()).openSteps().get(0).taskId();
        steps.complete(desk, intake, StepOutcome.ACCEPT, null);
        throw new InjectedFailure();
    }
}
