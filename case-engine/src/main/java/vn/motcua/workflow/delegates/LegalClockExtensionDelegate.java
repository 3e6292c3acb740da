package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code recordExtension}: the leader signed the apology (form 04); the one extension goes on the legal clock. */
@Named("legalClockExtensionDelegate")
@ApplicationScoped
public class LegalClockExtensionDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.recordExtension(dossierId, (String) execution.getVariable("extensionRequestedBy"), (java.util.Date) execution.getVariable("extensionNewDueAt"), (String) execution.getVariable("extensionReason"));
    }
}
