package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code remindConsultedUnit}: the consulted unit is reminded one working day before its due time. */
@Named("consultationReminderDelegate")
@ApplicationScoped
public class ConsultationReminderDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.remindConsultedUnit(dossierId, (String) execution.getVariable(Variables.CONSULTED_UNIT_CODE));
    }
}
