package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.platform.transactions.RetriedOnConflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.LegalClock;
import vn.motcua.calendar.LegalClock.Kind;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.catalog.SupplementPolicy;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.workflow.worklist.StepOpened;

/**
 * The legal time of dossiers: starts each dossier's clock at acceptance, pauses and resumes it for a supplement (or
 * restarts it, per the procedure's policy) and for payments, grants the one extension announced by an apology, stops
 * it at the result, and keeps the control sheet's step rows with their own due times. Due times are always derived
 * from the clock's events ({@link LegalClock}), never set by hand.
 */
@ApplicationScoped
@RetriedOnConflict
public class LegalTime implements vn.motcua.calendar.DueDateRederivation {

    /** Why the clock waits. */
    public enum PauseReason {
        SUPPLEMENT("SUPPLEMENT_REQUESTED"), PAYMENT("WAITING_FOR_PAYMENT"), TAX("WAITING_FOR_TAX");

        private final String action;

        PauseReason(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DossierEvents events;

    @Inject
    vn.motcua.workflow.StepTimers stepTimers;

    /**
     * Where an open step stands: its due time, when its holder is to be warned, and whether the dossier's clock is
     * paused (then nobody is late and nobody is warned).
     */
    public record StepDeadline(String taskId, Instant dueSoonAt, Instant dueAt, boolean paused) {
    }

    /** The working time a procedure version allows (one working day is eight working hours). */
    public static Duration legalTime(ProcedureVersion version) {
        return version.getDurationUnit() == DurationUnit.WORKING_HOURS
                ? Duration.ofHours(version.getDurationValue())
                : WorkingCalendar.WORKING_DAY.multipliedBy(version.getDurationValue());
    }

    public LegalClock clockOf(Dossier dossier) {
        return new LegalClock(dossier.clockEvents(), legalTime(dossier.getProcedureVersion()),
                calendars.forUnit(dossier.getReceivingUnit().getCode()));
    }

    /**
     * The desk accepts a complete, valid dossier now (form 01): its clock starts at the receipt normalised by the
     * procedure's cut-off rule, and the dossier is received with the due time that clock gives.
     */
    void accept(Dossier dossier, Instant receivedAt, String actor) {
        Instant start = calendars.forUnit(dossier.getReceivingUnit().getCode())
                .clockStart(receivedAt, dossier.getProcedureVersion().getCutOff());
        dossier.recordClock(Kind.START, start, null, null, null, actor);
        LegalClock legal = clockOf(dossier);
        dossier.accept(actor, receivedAt, legal.due());
        dossier.derivedDue(legal.due(), legal.originalDue());
    }

    /** Stops the clock when the result is ready (the end of processing). */
    void finish(Dossier dossier, Instant at) {
        if (!dossier.clockEvents().isEmpty()) {
            dossier.recordClock(Kind.FINISH, at, null, null, null, "system");
            rederive(dossier);
        }
    }

    /** Stops the clock of a dossier that ends without a result (withdrawn, closed): no timeliness is measured. */
    void stop(Dossier dossier, Instant at) {
        if (!dossier.clockEvents().isEmpty() && !clockOf(dossier).finished() && !clockOf(dossier).stopped()) {
            dossier.recordClock(Kind.STOP, at, null, null, null, "system");
            rederive(dossier);
        }
    }

    @Transactional
    public void pause(Actor official, String code, PauseReason why, String reason) {
        Dossier dossier = inProgress(official, code, Role.DESK_OFFICER, Role.SPECIALIST);
        LegalClock legal = clockOf(dossier);
        if (legal.paused()) {
            throw new InvalidRequestException("Hồ sơ " + code + " đang tạm dừng tính thời gian");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do tạm dừng (ví dụ: các giấy tờ cần bổ sung)");
        }
        if (why == PauseReason.SUPPLEMENT && dossier.getHistory().stream()
                .anyMatch(h -> h.getAction().equals(PauseReason.SUPPLEMENT.action()))) {
            throw new InvalidRequestException("Hồ sơ " + code + " đã được yêu cầu bổ sung một lần; chỉ được yêu cầu "
                    + "bổ sung, hoàn thiện hồ sơ một lần");
        }
        dossier.recordClock(Kind.PAUSE, clock.instant(), null, why.action(), reason.strip(), official.username());
        rederive(dossier);
        events.announce(dossier, official);
    }

    /** The applicant supplemented (or paid): the clock resumes, or runs again in full under the restart policy. */
    @Transactional
    public void resume(Actor official, String code, String note) {
        Dossier dossier = inProgress(official, code, Role.DESK_OFFICER, Role.SPECIALIST);
        resumeClock(dossier, note, official.username());
        events.announce(dossier, official);
    }

    /**
     * A supplement asked for during appraisal: the clock pauses (under the restart policy it will run again in full
     * from the complete dossier). Only one supplement request per dossier.
     */
    void pauseForSupplement(Dossier dossier, String reason, String who) {
        String code = dossier.getCode().value();
        if (dossier.getHistory().stream().anyMatch(h -> h.getAction().equals(PauseReason.SUPPLEMENT.action()))) {
            throw new InvalidRequestException("Hồ sơ " + code + " đã được yêu cầu bổ sung một lần; chỉ được yêu cầu "
                    + "bổ sung, hoàn thiện hồ sơ một lần");
        }
        if (dossier.clockEvents().isEmpty() || clockOf(dossier).paused() || clockOf(dossier).finished()) {
            throw new InvalidRequestException("Hồ sơ " + code + " không trong thời gian giải quyết");
        }
        dossier.recordClock(Kind.PAUSE, clock.instant(), null, null, reason, who);
        rederive(dossier);
    }

    /** The clock of a paused dossier runs again: resumed, or restarted in full under the restart policy. */
    void resumeClock(Dossier dossier, String note, String who) {
        String code = dossier.getCode().value();
        if (!clockOf(dossier).paused()) {
            throw new InvalidRequestException("Hồ sơ " + code + " không ở trạng thái tạm dừng tính thời gian");
        }
        java.util.Set<String> pauses = java.util.Arrays.stream(PauseReason.values()).map(PauseReason::action)
                .collect(java.util.stream.Collectors.toSet());
        String lastPause = dossier.getHistory().stream().map(h -> h.getAction()).filter(pauses::contains)
                .reduce((a, b) -> b).orElseThrow();
        boolean restart = lastPause.equals(PauseReason.SUPPLEMENT.action())
                && dossier.getProcedureVersion().getSupplementPolicy() == SupplementPolicy.RESTART;
        Instant now = clock.instant();
        // A restart counts from the complete dossier's receipt, normalised like the first start.
        Instant start = restart ? calendars.forUnit(dossier.getReceivingUnit().getCode())
                .clockStart(now, dossier.getProcedureVersion().getCutOff()) : now;
        dossier.recordClock(restart ? Kind.RESTART : Kind.RESUME, start, null,
                restart ? "CLOCK_RESTARTED" : "CLOCK_RESUMED", note == null || note.isBlank() ? null : note.strip(), who);
        rederive(dossier);
    }

    /**
     * The one extension: the leader announces the new date by an apology (form 04) with its reason, at least one
     * working day before the due time.
     */
    @Transactional
    public void extend(Actor official, String code, Instant newDue, String reason) {
        Dossier dossier = inProgress(official, code, Role.LEADER);
        extend(dossier, newDue, reason, official.username());
        events.announce(dossier, official);
    }

    /** The one extension, once the leader of the level handling the dossier has signed the apology (form 04). */
    void extend(Dossier dossier, Instant newDue, String reason, String leader) {
        checkExtension(dossier, newDue, reason);
        dossier.recordClock(Kind.EXTEND, clock.instant(), newDue, "APOLOGY", reason.strip(), leader);
        rederive(dossier);
    }

    /**
     * Whether the one extension may be granted now with this new due time and reason: not extended before, the clock
     * running, at least one working day before the due time, a later due time, a reason.
     *
     * @throws InvalidRequestException saying what is wrong
     */
    void checkExtension(Dossier dossier, Instant newDue, String reason) {
        String code = dossier.getCode().value();
        LegalClock legal = clockOf(dossier);
        if (legal.extended()) {
            throw new InvalidRequestException("Hồ sơ " + code + " đã được gia hạn một lần; không được gia hạn lần thứ hai");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Văn bản xin lỗi phải nêu lý do chậm giải quyết");
        }
        Instant due = legal.due();
        if (legal.paused() || due == null) {
            throw new InvalidRequestException("Không gia hạn khi hồ sơ đang tạm dừng tính thời gian");
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.forUnit(dossier.getReceivingUnit().getCode());
        if (!now.isBefore(due) || calendar.workingTimeBetween(now, due).compareTo(WorkingCalendar.WORKING_DAY) < 0) {
            throw new InvalidRequestException("Văn bản xin lỗi và hẹn lại phải được gửi chậm nhất một ngày làm việc "
                    + "trước ngày hẹn trả");
        }
        if (newDue == null || !newDue.isAfter(due)) {
            throw new InvalidRequestException("Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại");
        }
    }

    /** A step opened: its control-sheet row, with the due time its allocation gives. */
    public void onStepOpened(@Observes StepOpened opened) {
        Dossier dossier = em.find(Dossier.class, opened.dossierId());
        Instant due = allocation(dossier.getProcedureVersion(), opened.level(), opened.stepKey())
                .filter(hours -> !dossier.clockEvents().isEmpty())
                .map(hours -> clockOf(dossier).stepDue(opened.at(), hours))
                .orElse(null);
        em.persist(new StepRecord(opened.dossierId(), opened.taskId(), opened.stepKey(), opened.unitCode(),
                opened.role(), opened.at(), due).atLevel(opened.level()));
    }

    /** The holder handed the step on: the control sheet says when, and whether early, on time or late. */
    void stepFinished(Dossier dossier, String taskId, String holder, Instant at) {
        record(taskId).ifPresent(step -> {
            Instant due = step.getDueAt();
            if (due == null) {
                due = allocation(dossier.getProcedureVersion(), step.getLevel(), step.getStepKey())
                        .filter(hours -> !dossier.clockEvents().isEmpty())
                        .map(hours -> clockOf(dossier).stepDue(step.getOpenedAt(), hours)).orElse(null);
                step.redue(due);
            }
            step.finish(holder, at, due == null ? Timeliness.NO_DUE_DATE
                    : Timeliness.of(due, at, at, calendars.forUnit(dossier.getReceivingUnit().getCode())));
        });
    }

    /**
     * The deadline of the open step {@code stepKey} of a dossier (the latest opened, when a step runs again after a
     * return); empty when the step has no allocation or the dossier's clock has not started.
     */
    public Optional<StepDeadline> openStepDeadline(long dossierId, String stepKey) {
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select s from StepRecord s where s.dossierId = :id and s.stepKey = :step
                        and s.finishedAt is null order by s.id desc""", StepRecord.class)
                .setParameter("id", dossierId).setParameter("step", stepKey).setMaxResults(1)
                .getResultStream().findFirst()
                .filter(step -> step.getDueAt() != null)
                .map(step -> deadline(dossier, step));
    }

    private StepDeadline deadline(Dossier dossier, StepRecord step) {
        WorkingCalendar calendar = calendars.forUnit(dossier.getReceivingUnit().getCode());
        return new StepDeadline(step.getTaskId(), Timeliness.dueSoonAt(step.getOpenedAt(), step.getDueAt(), calendar),
                step.getDueAt(), clockOf(dossier).paused());
    }

    /** The control sheet of a dossier, in the order the steps opened. */
    public List<StepRecord> controlSheet(long dossierId) {
        return em.createQuery("select s from StepRecord s where s.dossierId = :id order by s.id", StepRecord.class)
                .setParameter("id", dossierId).getResultList();
    }

    /** Derives the dossier's due times again from its clock (after an event, or a change of the calendar). */
    public void rederive(Dossier dossier) {
        LegalClock legal = clockOf(dossier);
        dossier.derivedDue(legal.due(), legal.originalDue());
        if (!legal.finished()) {
            for (StepRecord step : controlSheet(dossier.getId())) {
                if (step.getFinishedAt() == null) {
                    Instant before = step.getDueAt();
                    allocation(dossier.getProcedureVersion(), step.getLevel(), step.getStepKey())
                            .ifPresent(hours -> step.redue(legal.stepDue(step.getOpenedAt(), hours)));
                    if (!legal.paused() && step.getDueAt() != null && !step.getDueAt().equals(before)
                            && dossier.getProcessInstanceId() != null) {
                        StepDeadline deadline = deadline(dossier, step);
                        stepTimers.reschedule(dossier.getProcessInstanceId(), step.getStepKey(),
                                deadline.dueSoonAt(), deadline.dueAt());
                    }
                }
            }
        }
    }

    /**
     * The calendar changed: every dossier whose clock runs or waits in the affected unit gets its due times derived
     * again; finished and stopped ones keep theirs.
     *
     * @return how many dossiers' due times changed
     */
    @Override
    public int rederive(vn.motcua.calendar.CalendarChanged change) {
        List<Dossier> open = em.createQuery("""
                        select d from Dossier d where d.receivedAt is not null and d.resultReadyAt is null
                        and d.status not in :ended and (:unit is null or d.receivingUnit.code = :unit)""", Dossier.class)
                .setParameter("ended", java.util.EnumSet.of(DossierStatus.RETURNED, DossierStatus.NOT_RECEIVED,
                        DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_READY))
                .setParameter("unit", change.unitCode())
                .getResultList();
        int changed = 0;
        for (Dossier dossier : open) {
            if (dossier.clockEvents().isEmpty()) {
                continue;
            }
            Instant before = dossier.getDueAt();
            Instant originalBefore = dossier.getOriginalDueAt();
            rederive(dossier);
            if (!java.util.Objects.equals(before, dossier.getDueAt())
                    || !java.util.Objects.equals(originalBefore, dossier.getOriginalDueAt())) {
                changed++;
            }
        }
        return changed;
    }

    private Optional<StepRecord> record(String taskId) {
        return em.createQuery("select s from StepRecord s where s.taskId = :task", StepRecord.class)
                .setParameter("task", taskId).getResultStream().findFirst();
    }

    /**
     * The time a step is allotted: under its level-qualified key ({@code 2.specialistHandles}) in a chain of levels,
     * else under its own key.
     */
    private static Optional<Duration> allocation(ProcedureVersion version, Integer level, String stepKey) {
        String levelled = vn.motcua.catalog.StepTemplate.key(level, stepKey);
        return version.getSteps().stream().filter(s -> s.key().equals(levelled)).findFirst()
                .or(() -> version.getSteps().stream().filter(s -> s.key().equals(stepKey)).findFirst())
                .map(StepAllocation::hours)
                .map(hours -> Duration.ofMinutes(hours.multiply(java.math.BigDecimal.valueOf(60)).longValue()));
    }

    private Dossier inProgress(Actor official, String code, Role... roles) {
        Dossier dossier = em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("no dossier " + code));
        String unit = dossier.getReceivingUnit().getCode();
        if (java.util.Arrays.stream(roles).noneMatch(role -> official.holds(role, unit))) {
            throw new AccessDeniedException("not allowed to change the legal time of dossier " + code);
        }
        if (dossier.clockEvents().isEmpty() || clockOf(dossier).finished() || dossier.getStatus() == DossierStatus.RETURNED) {
            throw new InvalidRequestException("Hồ sơ " + code + " không trong thời gian giải quyết");
        }
        return dossier;
    }
}
