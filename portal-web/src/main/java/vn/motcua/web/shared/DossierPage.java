package vn.motcua.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.Serializable;
import java.util.List;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.IllegalDossierTransitionException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.SigningNotConfirmedException;
import vn.motcua.platform.transactions.ConcurrentChangeException;
import vn.motcua.results.ResultAccess;
import vn.motcua.results.ResultSummary;
import vn.motcua.results.SigningCapacity;

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

    @Inject
    transient ResultAccess results;

    @Inject
    transient vn.motcua.dossier.application.DossierNotes notes;

    private String code;
    private DossierView dossier;
    private ResultSummary result;
    private String reason;
    private String problem;
    private String capacity = SigningCapacity.ON_BEHALF.name();
    private String signingPassword;
    private String assignee;
    private String newDueDate;
    private String newDueTime = "17:00";
    private String extensionReason;
    private String withdrawalReason;
    private String note;
    private String consultedUnits;
    private Integer consultationDays;

    public void load() {
        try {
            dossier = queries.dossier(actor, code);
            result = results.summary(actor, code).orElse(null);
            problem = null;
        } catch (NotFoundException e) {
            dossier = null;
            result = null;
            problem = messages.get("dossier.notFound");
        } catch (AccessDeniedException e) {
            dossier = null;
            result = null;
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
        if (chosen == StepOutcome.APPROVE) {
            if (signingPassword == null || signingPassword.isEmpty()) {
                error(messages.get("signing.passwordRequired"));
                return;
            }
            char[] password = signingPassword.toCharArray();
            signingPassword = null;
            try {
                act(() -> steps.complete(actor, taskId, chosen, reason,
                        new DossierSteps.Signature(password, SigningCapacity.valueOf(capacity))), "signing.signed");
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        } else {
            List<String> units = consultedUnits == null ? List.of()
                    : java.util.Arrays.stream(consultedUnits.split("[,;\\s]+")).filter(u -> !u.isBlank()).toList();
            DossierSteps.StepInput input = new DossierSteps.StepInput(reason, blankToNull(assignee), units,
                    consultationDays);
            act(() -> steps.completeWith(actor, taskId, chosen, input, null), "step.completed");
        }
        reason = null;
        assignee = null;
        consultedUnits = null;
        consultationDays = null;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(successKey), null));
        } catch (SigningNotConfirmedException e) {
            error(messages.get("signing.notConfirmed"));
        } catch (AccessDeniedException e) {
            error(messages.get("step.forbidden"));
        } catch (ConcurrentChangeException e) {
            error(messages.get("step.conflict"));
        } catch (InvalidRequestException e) {
            error(e.getMessage());
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

    public ResultSummary getResult() {
        return result;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getSigningPassword() {
        return null;
    }

    public void setSigningPassword(String signingPassword) {
        this.signingPassword = signingPassword;
    }

    /** The leader of the level handling the dossier asks for the one extension (form 04), to be signed next. */
    public void requestExtension() {
        java.time.Instant due;
        try {
            due = java.time.LocalDate.parse(newDueDate).atTime(java.time.LocalTime.parse(newDueTime))
                    .atZone(vn.motcua.platform.time.BusinessTime.ZONE).toInstant();
        } catch (RuntimeException e) {
            error(messages.get("extension.badDate"));
            return;
        }
        String why = extensionReason;
        act(() -> steps.requestExtension(actor, code, due, why), "extension.requested");
        extensionReason = null;
    }

    /** An official leaves an internal note on the dossier. */
    public void addNote() {
        String text = note;
        act(() -> notes.add(actor, code, text), "note.added");
        note = null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The desk records the applicant's request to withdraw the dossier (form 05 stop notice follows). */
    public void recordWithdrawal() {
        String why = withdrawalReason;
        act(() -> steps.recordWithdrawal(actor, code, why), "withdrawal.recorded");
        withdrawalReason = null;
    }

    public String getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(String newDueDate) {
        this.newDueDate = newDueDate;
    }

    public String getNewDueTime() {
        return newDueTime;
    }

    public void setNewDueTime(String newDueTime) {
        this.newDueTime = newDueTime;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    /** The desk records the applicant's supplement to a dossier it asked to complete at intake. */
    public void supplementReceived() {
        String note = reason;
        act(() -> steps.supplementReceived(actor, code, note), "step.supplementRecorded");
        reason = null;
    }

    /** Whether the dossier's history records an action (which forms it has to print). */
    public boolean hasAction(String action) {
        return dossier != null && dossier.history().stream().anyMatch(h -> h.action().equals(action));
    }

    /** The specialists of a unit, for the unit head who assigns the dossier. */
    public List<DossierView.Official> specialistsOf(String unitCode) {
        return queries.officialsOf(unitCode, vn.motcua.identity.Role.SPECIALIST);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getConsultedUnits() {
        return consultedUnits;
    }

    public void setConsultedUnits(String consultedUnits) {
        this.consultedUnits = consultedUnits;
    }

    public Integer getConsultationDays() {
        return consultationDays;
    }

    public void setConsultationDays(Integer consultationDays) {
        this.consultationDays = consultationDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
