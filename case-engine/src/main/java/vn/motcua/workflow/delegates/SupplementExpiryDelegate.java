package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code closeUnsupplementedDossier}: the supplement's time limit passed, the dossier is closed. */
@Named("supplementExpiryDelegate")
@ApplicationScoped
public class SupplementExpiryDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.closeWithoutSupplement(dossierId);
    }
}
