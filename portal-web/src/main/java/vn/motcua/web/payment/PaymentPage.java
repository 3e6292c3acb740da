package vn.motcua.web.payment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.motcua.audit.application.RequestOrigin;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.payment.application.PaymentView;
import vn.motcua.payment.application.Payments;
import vn.motcua.web.shared.Messages;

/** The citizen's payment page of a dossier: its fees, the way to the gateway, and the e-receipt once paid. */
@Named
@ViewScoped
public class PaymentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Payments payments;

    @Inject
    transient Actor actor;

    @Inject
    transient RequestOrigin origin;

    @Inject
    transient Messages messages;

    private String code;
    private PaymentView payment;
    private String problem;

    public void load() {
        try {
            payment = payments.requestFor(actor, code).orElse(null);
            problem = payment == null ? messages.get("payment.none") : null;
        } catch (NotFoundException e) {
            problem = messages.get("dossier.notFound");
        } catch (AccessDeniedException e) {
            problem = messages.get("dossier.forbidden");
        }
    }

    /** Sends the citizen's browser to the gateway with a newly signed transaction. */
    public void pay() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String url = payments.startOnline(actor, code, origin.getClientAddress(),
                    Requests.portalBase(faces.getExternalContext()));
            faces.getExternalContext().redirect(url);
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            load();
        }
    }

    public String getReceiptUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/payments/"
                + code + "/receipt.pdf";
    }

    public String kindLabel(String kind) {
        return messages.get("payment.kind." + kind);
    }

    public String statusLabel(String status) {
        return messages.get("payment.status." + status);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PaymentView getPayment() {
        return payment;
    }

    public String getProblem() {
        return problem;
    }
}
