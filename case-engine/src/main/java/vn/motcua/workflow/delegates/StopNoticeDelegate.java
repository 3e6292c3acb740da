package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code issueStopNotice}: the applicant withdrew the dossier (form 05 stop notice); everything open was cancelled. */
@Named("stopNoticeDelegate")
@ApplicationScoped
public class StopNoticeDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.stopOnWithdrawal(dossierId, (String) execution.getVariable("withdrawalRequestedBy"), (String) execution.getVariable("withdrawalReason"));
    }
}
