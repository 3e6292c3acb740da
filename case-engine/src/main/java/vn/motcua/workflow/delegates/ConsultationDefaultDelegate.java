package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code recordDefaultOutcome}: a consulted unit stayed silent past its due time; the default outcome is recorded. */
@Named("consultationDefaultDelegate")
@ApplicationScoped
public class ConsultationDefaultDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.defaultConsultation(dossierId, (String) execution.getVariable(Variables.CONSULTED_UNIT_CODE));
    }
}
