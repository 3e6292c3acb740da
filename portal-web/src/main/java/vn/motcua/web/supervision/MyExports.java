package vn.motcua.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.statistics.export.ExportRequest;
import vn.motcua.statistics.export.SupervisionExports;
import vn.motcua.web.shared.Messages;

/** "My exports": the supervisor's background exports with their progress, refreshed by a poll, and their files. */
@Named
@ViewScoped
public class MyExports implements Serializable {

    @Inject
    transient SupervisionExports exports;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private List<ExportRequest> requests = List.of();
    private String problem;
    private Long queued;

    public void load() {
        try {
            requests = exports.mine(actor);
            problem = null;
        } catch (AccessDeniedException e) {
            requests = List.of();
            problem = messages.get("supervision.forbidden");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    public void refresh() {
        load();
    }

    /** Whether a build is still queued or running (the page keeps polling only then). */
    public boolean isBusy() {
        return requests.stream().anyMatch(r -> r.state() == ExportRequest.State.QUEUED
                || r.state() == ExportRequest.State.RUNNING);
    }

    public String kindLabel(ExportRequest request) {
        return messages.get("supervision.export.kind." + request.spec().kind().name());
    }

    public String stateLabel(ExportRequest request) {
        return messages.get("supervision.export.state." + request.state().name());
    }

    public List<ExportRequest> getRequests() {
        return requests;
    }

    /** The request just queued from a supervision page (the {@code queued} parameter), to say so. */
    public Long getQueued() {
        return queued;
    }

    public void setQueued(Long queued) {
        this.queued = queued;
    }

    public String getQueuedMessage() {
        return queued == null ? null : messages.get("supervision.export.queued", queued);
    }

    public String getProblem() {
        return problem;
    }
}
