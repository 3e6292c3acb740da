package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.StepRecord;

/**
 * The worklist's reading of the control sheet ({@link StepRecord}): which step came before an open one, who finished
 * it, and closing the row of a step that was sent back or taken back instead of handed on.
 */
@ApplicationScoped
public class StepHistory {

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public Optional<StepRecord> record(String taskId) {
        return em.createQuery("select s from StepRecord s where s.taskId = :task", StepRecord.class)
                .setParameter("task", taskId).getResultStream().findFirst();
    }

    /**
     * The last step finished before {@code current} in its scope: opened after the scope started, finished, and
     * (per {@code sameContainer}) a step of the same process or subprocess.
     */
    public Optional<StepRecord> previous(StepRecord current, Instant scopeStartedAt, Predicate<String> sameContainer) {
        return em.createQuery("""
                        select s from StepRecord s where s.dossierId = :dossier and s.id < :current
                        and s.finishedAt is not null and s.openedAt >= :scopeStart
                        order by s.finishedAt desc, s.id desc""", StepRecord.class)
                .setParameter("dossier", current.getDossierId())
                .setParameter("current", idOf(current))
                .setParameter("scopeStart", scopeStartedAt)
                .getResultStream()
                .filter(s -> sameContainer.test(s.getStepKey()))
                .findFirst();
    }

    /** Per dossier, who finished its latest finished step. */
    public Map<Long, String> lastHolders(Collection<Long> dossierIds) {
        Map<Long, String> holders = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return holders;
        }
        List<StepRecord> finished = em.createQuery("""
                        select s from StepRecord s where s.dossierId in :ids and s.finishedAt is not null
                        order by s.finishedAt desc, s.id desc""", StepRecord.class)
                .setParameter("ids", dossierIds).getResultList();
        finished.forEach(s -> holders.putIfAbsent(s.getDossierId(), s.getHolder()));
        return holders;
    }

    /** The step ended by a return or a recall: its row is closed, measured like a hand-over. */
    public void close(StepRecord step, String holder) {
        Instant at = clock.instant();
        Dossier dossier = dossier(step.getDossierId());
        Timeliness result = step.getDueAt() == null ? Timeliness.NO_DUE_DATE
                : Timeliness.of(step.getDueAt(), at, at, calendars.forUnit(dossier.getReceivingUnit().getCode()));
        step.finish(holder, at, result);
    }

    public Dossier dossier(long dossierId) {
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null) {
            throw new IllegalStateException("no dossier " + dossierId);
        }
        return dossier;
    }

    private long idOf(StepRecord step) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(step);
        return ((Number) id).longValue();
    }
}
