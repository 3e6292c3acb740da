package vn.motcua.web.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.platform.transactions.ConcurrentChangeException;
import vn.motcua.web.security.CurrentActor;
import vn.motcua.web.shared.Messages;
import vn.motcua.workflow.worklist.WorklistActions;
import vn.motcua.workflow.worklist.WorklistQueries;
import vn.motcua.workflow.worklist.WorklistQueries.OfficialChoice;
import vn.motcua.workflow.worklist.WorklistRow;

/** The actions on worklist rows (claim, release, assign, reassign, return, recall) and the unit head's hand-over. */
@Named
@RequestScoped
public class WorklistCommands {

    @Inject
    WorklistActions actions;

    @Inject
    WorklistQueries queries;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    private final Map<String, String> targets = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, List<OfficialChoice>> officials = new HashMap<>();
    private String bulkFrom;
    private String bulkTo;

    public void claim(String taskId) {
        perform(() -> actions.claim(actor(), taskId), "worklist.claimed");
    }

    public void release(String taskId) {
        perform(() -> actions.release(actor(), taskId), "worklist.released");
    }

    public void assign(String taskId, boolean reassign) {
        String to = targets.get(taskId);
        perform(() -> {
            if (reassign) {
                actions.reassign(actor(), taskId, to);
            } else {
                actions.assign(actor(), taskId, to);
            }
        }, "worklist.assigned");
    }

    public void returnToPrevious(String taskId) {
        perform(() -> actions.returnToPrevious(actor(), taskId, reasons.get(taskId)), "worklist.returned");
    }

    public void recall(String taskId) {
        perform(() -> actions.recall(actor(), taskId), "worklist.recalled");
    }

    public void bulkReassign() {
        perform(() -> {
            int moved = actions.bulkReassign(actor(), bulkFrom, bulkTo);
            info(messages.get("worklist.bulkMoved", moved));
        }, null);
    }

    /** The officials of the row's unit holding its role: whom the unit head may give the step to. */
    public List<OfficialChoice> candidates(WorklistRow row) {
        return officials.computeIfAbsent(row.unitCode() + "|" + row.role(),
                key -> queries.officials(row.unitCode(), Role.valueOf(row.role())));
    }

    public List<OfficialChoice> getOfficialsOfMyUnits() {
        return queries.officialsOfHeadedUnits(actor());
    }

    public boolean isUnitHead() {
        return actor().hasRole(Role.UNIT_HEAD);
    }

    /** Runs an action and reports it on the page; true when it succeeded. */
    boolean perform(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                info(messages.get(successKey));
            }
            return true;
        } catch (AccessDeniedException e) {
            error(messages.get("step.forbidden"));
        } catch (InvalidRequestException e) {
            error(e.getMessage());
        } catch (NotFoundException e) {
            error(messages.get("step.gone"));
        } catch (ConcurrentChangeException e) {
            error(messages.get("step.conflict"));
        }
        return false;
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private Actor actor() {
        return current.actor();
    }

    public Map<String, String> getTargets() {
        return targets;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getBulkFrom() {
        return bulkFrom;
    }

    public void setBulkFrom(String bulkFrom) {
        this.bulkFrom = bulkFrom;
    }

    public String getBulkTo() {
        return bulkTo;
    }

    public void setBulkTo(String bulkTo) {
        this.bulkTo = bulkTo;
    }
}
