package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.motcua.dossier.application.Withdrawals;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.web.shared.DossierPage;
import vn.motcua.web.shared.Messages;

/**
 * The applicant withdraws their dossier: a reason and an explicit confirmation, then the withdrawal path that stops
 * processing and issues the stop notice (form 05).
 */
@Named
@ViewScoped
public class DossierWithdrawal implements Serializable {

    @Inject
    transient Withdrawals withdrawals;

    @Inject
    transient DossierPage dossierPage;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private String reason;
    private boolean confirmed;

    /** Whether the dossier may still be withdrawn: open, no result yet. */
    public boolean isPossible() {
        var d = dossierPage.getDossier();
        if (d == null) {
            return false;
        }
        return switch (d.status()) {
            case "RETURNED", "NOT_RECEIVED", "WITHDRAWN", "STOPPED", "RESULT_READY" -> false;
            default -> true;
        };
    }

    public void withdraw() {
        if (reason == null || reason.isBlank()) {
            error("withdrawForm:withdrawReason", messages.get("citizenWithdrawal.reasonRequired"));
            return;
        }
        if (!confirmed) {
            error("withdrawForm:withdrawConfirm", messages.get("citizenWithdrawal.confirmRequired"));
            return;
        }
        try {
            withdrawals.withdraw(actor, dossierPage.getCode(), reason);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("citizenWithdrawal.done"), null));
            reason = null;
            confirmed = false;
            dossierPage.load();
        } catch (InvalidRequestException e) {
            error(null, e.getMessage());
        } catch (vn.motcua.identity.AccessDeniedException e) {
            error(null, messages.get("dossier.forbidden"));
        }
    }

    private void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
