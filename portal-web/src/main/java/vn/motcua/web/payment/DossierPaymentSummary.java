package vn.motcua.web.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.identity.Actor;
import vn.motcua.payment.application.PaymentView;
import vn.motcua.payment.application.Payments;

/** The fee line of the applicant's dossier page: what is due, whether it is paid, where to pay or get the receipt. */
@Named
@RequestScoped
public class DossierPaymentSummary {

    @Inject
    Payments payments;

    @Inject
    Actor actor;

    private final Map<String, PaymentView> read = new HashMap<>();

    /** The dossier's payment request, or null when its procedure has no fee (read once per request). */
    public PaymentView of(String dossierCode) {
        return read.computeIfAbsent(dossierCode, code -> payments.requestFor(actor, code).orElse(null));
    }
}
