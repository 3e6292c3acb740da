package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.Role;
import vn.motcua.notification.domain.InboxKind;

/**
 * Deadline notices of open steps: the holder is told when their step is due soon and when it is overdue; an overdue
 * step is escalated to the head of the step's unit and to the supervisors of that unit and of the units above it.
 * Each notice is sent once per step (idempotency key per task), whoever notices first: the step's own timers (see
 * {@link vn.motcua.workflow.StepTimers}) or the sweeping {@link DeadlineNoticesJob}. A paused dossier has no due
 * time, so nobody is warned about it.
 */
@ApplicationScoped
public class StepDeadlineNotices {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    /** More than any real organisation tree is deep: a guard against a cycle in bad data. */
    private static final int MAX_DEPTH = 10;

    /** An open step with what its notices need. */
    public record OpenStep(String taskId, String stepKey, String unitCode, Role role, String assignee,
                           String dossierCode, String receivingUnitCode, Instant dueAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    InboxNotices notices;

    @Inject
    Clock clock;

    /**
     * A timer of the open step {@code stepKey} of a dossier fired: send what its standing calls for now (the timer
     * may have been due before the clock moved the step's due time; the standing, not the timer, decides).
     */
    public int remind(long dossierId, String stepKey) {
        return openSteps(dossierId, stepKey, null).stream().mapToInt(this::notify).sum();
    }

    /**
     * Reminds the holders of the open steps {@code stepKey} of one unit on a dossier, whatever the dossier's clock
     * (a consultation's reminder: its own due time, not the step's). Returns how many notices were sent now.
     */
    public int remindUnit(long dossierId, String stepKey, String unitCode) {
        List<Object[]> rows = em.createQuery("""
                        select w.taskId, w.assignee, w.role, d.code from WorkItem w join Dossier d on d.id = w.dossierId
                        where d.id = :dossier and w.stepKey = :step and w.unitCode = :unit order by w.id""", Object[].class)
                .setParameter("dossier", dossierId).setParameter("step", stepKey).setParameter("unit", unitCode)
                .getResultList();
        int sent = 0;
        for (Object[] row : rows) {
            if (notices.onceToHolder(InboxKind.DUE_SOON, (String) row[1], unitCode, (Role) row[2], (String) row[3],
                    stepKey, "Sắp đến hạn trả lời xin ý kiến", "CONSULTATION_REMINDER:" + row[0])) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The open steps of running clocks (one dossier and step, or all when {@code dossierId} is null) due before
     * {@code horizon} (no limit when null). A step's own due time counts; a step without one takes the dossier's.
     */
    public List<OpenStep> openSteps(Long dossierId, String stepKey, Instant horizon) {
        List<Object[]> rows = em.createQuery("""
                        select w.taskId, w.stepKey, w.unitCode, w.role, w.assignee, d.code, u.code,
                               coalesce(s.dueAt, d.dueAt)
                        from WorkItem w join Dossier d on d.id = w.dossierId join d.receivingUnit u
                        left join StepRecord s on s.taskId = w.taskId
                        where d.dueAt is not null and (:dossier is null or d.id = :dossier)
                        and (:step is null or w.stepKey = :step)
                        and (:horizon is null or coalesce(s.dueAt, d.dueAt) < :horizon)
                        order by w.id""", Object[].class)
                .setParameter("dossier", dossierId)
                .setParameter("step", stepKey)
                .setParameter("horizon", horizon)
                .getResultList();
        List<OpenStep> steps = new ArrayList<>();
        for (Object[] row : rows) {
            steps.add(new OpenStep((String) row[0], (String) row[1], (String) row[2], (Role) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (Instant) row[7]));
        }
        return steps;
    }

    /**
     * Sends what is due for one open step now: nothing while it is within time, a due-soon notice to its holder, or
     * an overdue notice to its holder with the escalations. Returns how many notices were sent now.
     */
    public int notify(OpenStep step) {
        Instant now = clock.instant();
        Timeliness timeliness = Timeliness.of(step.dueAt(), null, now, calendars.forUnit(step.receivingUnitCode()));
        String due = TIME.format(step.dueAt().atZone(ZONE));
        if (timeliness == Timeliness.DUE_SOON) {
            return notices.onceToHolder(InboxKind.DUE_SOON, step.assignee(), step.unitCode(), step.role(),
                    step.dossierCode(), step.stepKey(), "Hạn xử lý bước: " + due,
                    "DEADLINE:" + InboxKind.DUE_SOON + ":" + step.taskId()) ? 1 : 0;
        }
        if (timeliness != Timeliness.OVERDUE) {
            return 0;
        }
        int sent = 0;
        if (notices.onceToHolder(InboxKind.OVERDUE, step.assignee(), step.unitCode(), step.role(),
                step.dossierCode(), step.stepKey(), "Đã quá hạn xử lý bước từ " + due,
                "DEADLINE:" + InboxKind.OVERDUE + ":" + step.taskId())) {
            sent++;
        }
        String escalation = "Bước quá hạn từ " + due + "; người xử lý: "
                + (step.assignee() != null ? step.assignee() : "chưa có người nhận (" + step.unitCode() + ")");
        if (notices.onceToHolder(InboxKind.ESCALATED, null, step.unitCode(), Role.UNIT_HEAD, step.dossierCode(),
                step.stepKey(), escalation, "ESCALATED:" + Role.UNIT_HEAD + ":" + step.taskId())) {
            sent++;
        }
        for (String supervisor : supervisorsOver(step.unitCode())) {
            if (notices.onceToHolder(InboxKind.ESCALATED, supervisor, step.unitCode(), Role.SUPERVISOR,
                    step.dossierCode(), step.stepKey(), escalation,
                    "ESCALATED:" + Role.SUPERVISOR + ":" + step.taskId() + ":" + supervisor)) {
                sent++;
            }
        }
        return sent;
    }

    /** The active supervisors of a unit and of every unit above it. */
    List<String> supervisorsOver(String unitCode) {
        List<String> chain = new ArrayList<>();
        for (String code = unitCode; code != null && chain.size() < MAX_DEPTH; ) {
            chain.add(code);
            code = em.createQuery("select p.code from OrgUnit u join u.parent p where u.code = :code", String.class)
                    .setParameter("code", code).getResultStream().findFirst().orElse(null);
        }
        return em.createQuery("""
                        select distinct a.username from RoleAssignment r join r.account a join r.unit u
                        where r.role = :role and u.code in :chain and a.active = true
                        order by a.username""", String.class)
                .setParameter("role", Role.SUPERVISOR)
                .setParameter("chain", chain)
                .getResultList();
    }
}
