package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Async step {@code publishResult}: the issued result becomes ready for the desk and the applicant. */
@Named("resultPublicationDelegate")
@ApplicationScoped
public class ResultPublicationDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.publishResult(((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue());
    }
}
