package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.TaskInfo;

/**
 * Read-only checks of the engine against our own tables, for reconciliations: which of a set of process instances
 * are not running, and which rows of the worklist index have no open task in the engine. Looks up the engine by ids
 * in pages, never lists its tables; never writes.
 */
@ApplicationScoped
public class WorkflowConsistency {

    /** How many ids one engine query asks about. */
    public static final int PAGE = 500;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    EntityManager em;

    /** A worklist row whose task the engine no longer has open. */
    public record StaleWorkItem(String taskId, long dossierId, String stepKey) {
    }

    /** The result of checking the whole worklist index. */
    public record WorkItemCheck(long checked, List<StaleWorkItem> stale) {
    }

    /** Of these process instance ids (at most {@link #PAGE}), those the engine does not have running. */
    public Set<String> notRunning(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Set.of();
        }
        Set<String> running = runtime.createProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(processInstanceIds))
                .list().stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(processInstanceIds);
        missing.removeAll(running);
        return missing;
    }

    /** Every row of the worklist index, page by page, checked against the engine's open tasks. */
    public WorkItemCheck workItemsWithoutOpenTask() {
        long checked = 0;
        long after = 0;
        List<StaleWorkItem> stale = new ArrayList<>();
        while (true) {
            List<Object[]> rows = em.createQuery("""
                            select w.id, w.taskId, w.dossierId, w.stepKey from WorkItem w
                            where w.id > :after order by w.id""", Object[].class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (rows.isEmpty()) {
                return new WorkItemCheck(checked, stillIndexed(stale));
            }
            Set<String> taskIds = rows.stream().map(row -> (String) row[1]).collect(Collectors.toSet());
            Set<String> open = tasks.createTaskQuery().taskIds(taskIds).list().stream()
                    .map(TaskInfo::getId)
                    .collect(Collectors.toSet());
            for (Object[] row : rows) {
                if (!open.contains((String) row[1])) {
                    stale.add(new StaleWorkItem((String) row[1], (Long) row[2], (String) row[3]));
                }
            }
            checked += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    /** Drops the rows removed since they were read: their task ended while the check ran, which is no mismatch. */
    private List<StaleWorkItem> stillIndexed(List<StaleWorkItem> suspects) {
        if (suspects.isEmpty()) {
            return suspects;
        }
        Set<String> present = new HashSet<>();
        for (int from = 0; from < suspects.size(); from += PAGE) {
            List<String> ids = suspects.subList(from, Math.min(from + PAGE, suspects.size())).stream()
                    .map(StaleWorkItem::taskId).toList();
            present.addAll(em.createQuery("select w.taskId from WorkItem w where w.taskId in :ids", String.class)
                    .setParameter("ids", ids)
                    .getResultList());
        }
        return suspects.stream().filter(item -> present.contains(item.taskId())).toList();
    }
}
