package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;
import vn.motcua.workflow.WorkflowConsistency;

/**
 * Nightly reconciliation of dossiers and the workflow engine: every dossier that is still open (its status is not
 * final) must have a running process, and every row of the worklist index must match an open task. It only reads;
 * mismatches are logged and summarised for the admin page (with dossier codes and task ids, never personal data) so
 * an administrator can investigate. Dossiers are read in id order, page by page.
 */
@ApplicationScoped
public class WorkflowReconciliationJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(WorkflowReconciliationJob.class.getName());
    private static final int LISTED = 10;

    @Inject
    EntityManager em;

    @Inject
    WorkflowConsistency workflow;

    @Override
    public String name() {
        return "workflow-reconciliation";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Đối soát hồ sơ với quy trình xử lý", "Reconcile dossiers with the workflow engine");
    }

    @Override
    public String defaultSchedule() {
        return "30 2 * * *";
    }

    @Override
    public String run(JobContext context) {
        List<DossierStatus> finalStatuses = Arrays.stream(DossierStatus.values()).filter(DossierStatus::isFinal)
                .toList();
        long openDossiers = 0;
        long after = 0;
        List<String> suspects = new ArrayList<>();
        while (true) {
            List<Object[]> rows = em.createQuery("""
                            select d.id, d.code, d.processInstanceId from Dossier d
                            where d.status not in :finals and d.id > :after order by d.id""", Object[].class)
                    .setParameter("finals", finalStatuses)
                    .setParameter("after", after)
                    .setMaxResults(WorkflowConsistency.PAGE)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            Map<String, String> codeByProcess = rows.stream().filter(row -> row[2] != null)
                    .collect(Collectors.toMap(row -> (String) row[2], row -> (String) row[1], (a, b) -> a));
            rows.stream().filter(row -> row[2] == null).forEach(row -> suspects.add((String) row[1]));
            Set<String> missing = workflow.notRunning(codeByProcess.keySet());
            missing.stream().map(codeByProcess::get).sorted().forEach(suspects::add);
            openDossiers += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
        List<String> withoutProcess = stillOpen(suspects, finalStatuses);
        WorkflowConsistency.WorkItemCheck items = workflow.workItemsWithoutOpenTask();

        String summary = String.format("Checked %d open dossiers and %d work items.", openDossiers, items.checked());
        if (withoutProcess.isEmpty() && items.stale().isEmpty()) {
            return summary + " All consistent.";
        }
        StringBuilder report = new StringBuilder(summary);
        if (!withoutProcess.isEmpty()) {
            report.append(' ').append(withoutProcess.size()).append(" open dossiers without a running process: ")
                    .append(listed(withoutProcess, Function.identity())).append('.');
        }
        if (!items.stale().isEmpty()) {
            report.append(' ').append(items.stale().size()).append(" work items without an open task: ")
                    .append(listed(items.stale(), item -> item.stepKey() + " of dossier #" + item.dossierId()
                            + " (task " + item.taskId() + ")")).append('.');
        }
        LOG.warning(report::toString);
        return report.toString();
    }

    /** Drops the dossiers that reached a final status while the check ran (their process ended with them). */
    private List<String> stillOpen(List<String> codes, List<DossierStatus> finalStatuses) {
        List<String> open = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += WorkflowConsistency.PAGE) {
            List<String> page = codes.subList(from, Math.min(from + WorkflowConsistency.PAGE, codes.size()));
            Set<String> stillOpen = Set.copyOf(em.createQuery(
                            "select d.code from Dossier d where d.code in :codes and d.status not in :finals",
                            String.class)
                    .setParameter("codes", page)
                    .setParameter("finals", finalStatuses)
                    .getResultList());
            page.stream().filter(stillOpen::contains).forEach(open::add);
        }
        return open;
    }

    private static <T> String listed(List<T> items, Function<T, String> label) {
        String shown = items.stream().limit(LISTED).map(label).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + ", …" : shown;
    }
}
