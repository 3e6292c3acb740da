package vn.motcua.workflow.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;
import vn.motcua.workflow.ProcessContract.Variables;

/** Step {@code closeUnpaidDossier}: the fee's time limit passed, the dossier is closed. */
@Named("paymentExpiryDelegate")
@ApplicationScoped
public class PaymentExpiryDelegate implements JavaDelegate {

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = ((Number) execution.getVariable(Variables.DOSSIER_ID)).longValue();
        progress.closeUnpaid(dossierId);
    }
}
