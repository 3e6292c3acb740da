package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Timer step {@code remindDesk}: a dossier has waited too long for intake. */
@Named("intakeReminderDelegate")
@ApplicationScoped
public class IntakeReminderDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.remindDesk(((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue());
    }
}
