package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import vn.motcua.workflow.CandidateGroup;
import vn.motcua.workflow.ProcessContract.Variables;

/**
 * Keeps the {@code work_item} index in step with the engine's user tasks, inside the engine's own transaction: a
 * failure here fails the engine command, so the index can never disagree with the engine. Announces each opened
 * step as a {@link StepOpened} event in the same transaction.
 */
@ApplicationScoped
public class WorkItemIndexer implements FlowableEventListener {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StepOpened> opened;

    @Inject
    vn.motcua.identity.StandIns standIns;

    @Inject
    vn.motcua.audit.application.AuditTrail audit;

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            created(task);
        } else if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED) {
            find(task.getId()).ifPresent(item -> item.assignTo(task.getAssignee()));
        } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED
                || event.getType() == FlowableEngineEventType.ENTITY_DELETED) {
            find(task.getId()).ifPresent(em::remove);
        }
    }

    private void created(TaskEntity task) {
        Object dossierId = task.getVariable(Variables.DOSSIER_ID);
        if (!(dossierId instanceof Number id)) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " has no dossierId variable");
        }
        CandidateGroup group = task.getCandidates().stream()
                .map(IdentityLinkInfo::getGroupId)
                .map(CandidateGroup::parse)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "task " + task.getTaskDefinitionKey() + " has no unit:role candidate group"));
        Instant now = clock.instant();
        routeToStandIn(task, group);
        Integer level = level(task, id.longValue());
        em.persist(new WorkItem(task.getId(), id.longValue(), task.getTaskDefinitionKey(), group.unitCode(),
                group.role(), task.getAssignee(), now).atLevel(level));
        Object code = task.getVariable(Variables.DOSSIER_CODE);
        opened.fire(new StepOpened(task.getId(), id.longValue(), code == null ? null : code.toString(),
                task.getTaskDefinitionKey(), group.unitCode(), group.role(), task.getAssignee(), now, level));
    }

    /**
     * The level of a step inside a chain of levels: the hop of the procedure's routing chain that the dossier's
     * planned level {@code levelIndex} came from (the first level is hop 1 even without a chain); null outside the
     * levels (the desk's steps).
     */
    private Integer level(TaskEntity task, long dossierId) {
        if (!(task.getVariable(Variables.LEVEL_INDEX) instanceof Number index)) {
            return null;
        }
        String plan = em.createQuery("select d.routePlan from Dossier d where d.id = :id", String.class)
                .setParameter("id", dossierId).getResultList().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (plan == null || plan.isBlank()) {
            return index.intValue() + 1;
        }
        String entry = plan.split(",")[index.intValue()];
        return Integer.valueOf(entry.substring(0, entry.indexOf(':')));
    }

    /** A step created for an official who is away today goes to their stand-in instead, and the audit trail says so. */
    private void routeToStandIn(TaskEntity task, CandidateGroup group) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        standIns.deputyOf(assignee).ifPresent(deputy -> {
            task.setAssignee(deputy);
            Object code = task.getVariable(Variables.DOSSIER_CODE);
            audit.record(vn.motcua.identity.Actor.SYSTEM, new vn.motcua.audit.application.AuditedChange(
                    "STEP_ROUTED_TO_STAND_IN", vn.motcua.audit.application.AuditTrail.DOSSIER,
                    code == null ? null : code.toString(), group.unitCode(), "bước " + task.getTaskDefinitionKey()
                    + " giao " + assignee, "giao " + deputy, "người xử lý thay trong thời gian vắng mặt"));
        });
    }

    private java.util.Optional<WorkItem> find(String taskId) {
        return em.createQuery("select w from WorkItem w where w.taskId = :taskId", WorkItem.class)
                .setParameter("taskId", taskId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
