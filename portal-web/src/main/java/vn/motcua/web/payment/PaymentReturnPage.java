package vn.motcua.web.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.payment.application.PaymentReturn;
import vn.motcua.payment.application.Payments;

/**
 * The page the gateway sends the citizen back to: the signed fields are verified and the outcome shown; the return
 * never settles the payment (the gateway's notification or the reconciliation does), so a forged return changes
 * nothing.
 */
@Named
@RequestScoped
public class PaymentReturnPage {

    @Inject
    Payments payments;

    private PaymentReturn outcome;

    public PaymentReturn getOutcome() {
        if (outcome == null) {
            outcome = payments.returned(Requests.gatewayFields(FacesContext.getCurrentInstance().getExternalContext()));
        }
        return outcome;
    }
}
