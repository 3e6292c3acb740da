package vn.motcua.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.identity.Actor;
import vn.motcua.platform.jobs.JobActionRefused;
import vn.motcua.platform.jobs.JobRunView;
import vn.motcua.platform.jobs.JobView;
import vn.motcua.platform.jobs.RecurringJobs;
import vn.motcua.web.shared.Messages;

/** The recurring jobs page: every job with its schedule, state and recent runs; run now, pause, resume. */
@Named
@RequestScoped
public class JobsAdmin {

    private static final int HISTORY = 10;

    @Inject
    RecurringJobs jobs;

    @Inject
    Actor actor;

    @Inject
    Messages messages;

    private List<JobView> list;
    private final Map<String, List<JobRunView>> runs = new HashMap<>();

    public List<JobView> getJobs() {
        if (list == null) {
            list = jobs.jobs(actor);
        }
        return list;
    }

    public List<JobRunView> runs(String name) {
        return runs.computeIfAbsent(name, job -> jobs.runs(actor, job, HISTORY));
    }

    public void runNow(String name) {
        act(() -> jobs.runNow(actor, name), "admin.jobs.runNow.done");
    }

    public void pause(String name) {
        act(() -> jobs.pause(actor, name), "admin.jobs.paused.done");
    }

    public void resume(String name) {
        act(() -> jobs.resume(actor, name), "admin.jobs.resumed.done");
    }

    private void act(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey), null));
        } catch (JobActionRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("admin.jobs.refused." + e.reason().name()), null));
        }
        list = null;
        runs.clear();
    }
}
