package vn.motcua.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.Serializable;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.IllegalDossierTransitionException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;

/**
 * A dossier's page, for its applicant and for officials: details, history, open steps and — for the official who
 * may act on a step — the decisions that step allows.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    @Inject
    transient DossierQueries queries;

    @Inject
    transient DossierSteps steps;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private String code;
    private DossierView dossier;
    private String reason;
    private String problem;

    public void load() {
        try {
            dossier = queries.dossier(actor, code);
            problem = null;
        } catch (NotFoundException e) {
            dossier = null;
            problem = messages.get("dossier.notFound");
        } catch (AccessDeniedException e) {
            dossier = null;
            problem = messages.get("dossier.forbidden");
        }
    }

    public void claim(String taskId) {
        act(() -> steps.claim(actor, taskId), "step.claimed");
    }

    public void complete(String taskId, String outcome) {
        StepOutcome chosen = StepOutcome.valueOf(outcome);
        if (chosen.needsReason() && (reason == null || reason.isBlank())) {
            error(messages.get("step.reasonRequired"));
            return;
        }
        act(() -> steps.complete(actor, taskId, chosen, reason), "step.completed");
        reason = null;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(successKey), null));
        } catch (AccessDeniedException e) {
            error(messages.get("step.forbidden"));
        } catch (NotFoundException | IllegalDossierTransitionException e) {
            error(messages.get("step.gone"));
        } catch (IllegalArgumentException e) {
            error(messages.get("step.invalid"));
        } catch (RuntimeException e) {
            if (isConcurrentChange(e)) {
                error(messages.get("step.gone"));
            } else {
                throw e;
            }
        }
        load();
    }

    private static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String statusLabel(String status) {
        return messages.get("status." + status);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DossierView getDossier() {
        return dossier;
    }

    public String getProblem() {
        return problem;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
