package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.workflow.worklist.WorkItem;
import vn.motcua.workflow.worklist.Worklist;

/**
 * Read side for pages and the API. A citizen sees only their own dossiers; an official sees the dossiers of the
 * units they hold a role in.
 */
@ApplicationScoped
@Transactional
public class DossierQueries {

    @Inject
    LegalTime legalTime;

    @Inject
    DossierRepository dossiers;

    @Inject
    Worklist worklist;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public DossierView dossier(Actor viewer, String code) {
        return toView(viewer, readable(viewer, code));
    }

    /**
     * Dossier {@code code} for a viewer who may see it: its applicant or an official of its unit.
     *
     * @throws NotFoundException     when there is no such dossier
     * @throws AccessDeniedException when the viewer may not see it
     */
    public Dossier readable(Actor viewer, String code) {
        DossierCode dossierCode;
        try {
            dossierCode = new DossierCode(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        Dossier dossier = dossiers.findByCode(dossierCode)
                .orElseThrow(() -> new NotFoundException("no dossier " + code));
        if (!maySee(viewer, dossier)) {
            throw new AccessDeniedException("not allowed to see dossier " + code);
        }
        return dossier;
    }

    public List<DossierView> myDossiers(Actor citizen) {
        if (citizen.accountId() == null) {
            return List.of();
        }
        return dossiers.findByApplicantAccount(citizen.accountId(), 100).stream()
                .map(d -> toView(citizen, d))
                .toList();
    }

    public List<WorkItemView> worklist(Actor official) {
        List<WorkItem> items = worklist.openFor(official, 200);
        Map<Long, Dossier> byId = dossiers.findByIds(items.stream().map(WorkItem::getDossierId).distinct().toList());
        return items.stream()
                .map(item -> {
                    Dossier d = byId.get(item.getDossierId());
                    return new WorkItemView(item.getTaskId(), item.getStepKey(), d.getCode().value(),
                            d.getProcedureVersion().getProcedure().getName(), d.getApplicant().getName(),
                            d.getStatus().name(), item.getAssignee(), item.getCreatedAt(), d.getDueAt(),
                            timeliness(d).name());
                })
                .toList();
    }

    /**
     * A dossier waiting in a desk's intake queue, with the service level: the applicant is to be notified by
     * {@code notifyBy} and the desk to decide by {@code decideBy} (working time from submission); {@code standing} is
     * WITHIN_TIME, DUE_SOON (past the notification time) or OVERDUE (past the decision time).
     */
    public record IntakeItem(String taskId, String dossierCode, String procedureName, String applicantName,
                             String channel, String status, Instant submittedAt, Instant notifyBy, Instant decideBy,
                             String standing, long minutesLeft) {
    }

    /** The intake queue of the desks the official serves: dossiers waiting for the desk's decision, oldest first. */
    @Transactional
    public List<IntakeItem> intakeQueue(Actor desk) {
        List<String> units = desk.grants().stream().filter(g -> g.role() == Role.DESK_OFFICER && g.unitCode() != null)
                .map(Actor.Grant::unitCode).distinct().toList();
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                        select w.taskId, d from WorkItem w join Dossier d on d.id = w.dossierId
                        where w.stepKey = :step and w.unitCode in :units order by d.submittedAt, d.id""", Object[].class)
                .setParameter("step", vn.motcua.workflow.ProcessContract.Steps.DESK_RECEIVES)
                .setParameter("units", units).setMaxResults(500).getResultList();
        Instant now = clock.instant();
        return rows.stream().map(row -> {
            Dossier d = (Dossier) row[1];
            var calendar = calendars.forUnit(d.getReceivingUnit().getCode());
            Instant notifyBy = calendar.plusWorkingTime(d.getSubmittedAt(), intake.notifyWithin());
            Instant decideBy = calendar.plusWorkingTime(d.getSubmittedAt(), intake.decideWithin());
            String standing = now.isAfter(decideBy) ? "OVERDUE" : now.isAfter(notifyBy) ? "DUE_SOON" : "WITHIN_TIME";
            long left = now.isAfter(decideBy) ? -calendar.workingTimeBetween(decideBy, now).toMinutes()
                    : calendar.workingTimeBetween(now, decideBy).toMinutes();
            return new IntakeItem((String) row[0], d.getCode().value(), d.getProcedureVersion().getProcedure().getName(),
                    d.getApplicant().getName(), d.getChannel().name(), d.getStatus().name(), d.getSubmittedAt(),
                    notifyBy, decideBy, standing, left);
        }).toList();
    }

    @Inject
    IntakeSettings intake;

    @Inject
    Consultations consultations;

    @Inject
    vn.motcua.dossier.domain.CounterRecords counter;

    @Inject
    DossierNotes notes;

    @Inject
    vn.motcua.organization.OrgUnitRepository units;

    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * Who may see a dossier: its applicant; officials of the unit that received it; officials of every unit that
     * holds or has held one of its steps (read-only once the step moved on). Nobody else: an official of an unrelated
     * unit gets a 403.
     */
    private boolean maySee(Actor viewer, Dossier dossier) {
        if (viewer.hasRole(Role.CITIZEN) && dossier.getApplicantAccountId() != null
                && dossier.getApplicantAccountId().equals(viewer.accountId())) {
            return true;
        }
        java.util.Set<String> units = new java.util.HashSet<>();
        units.add(dossier.getReceivingUnit().getCode());
        legalTime.controlSheet(dossier.getId()).forEach(step -> units.add(step.getUnitCode()));
        worklist.openOfDossier(dossier.getId()).forEach(item -> units.add(item.getUnitCode()));
        if (viewer.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN && units.contains(g.unitCode()))) {
            return true;
        }
        return supervises(viewer, units);
    }

    /** Whether the viewer supervises one of the units: holds SUPERVISOR in it or in a unit above it. */
    private boolean supervises(Actor viewer, java.util.Set<String> unitCodes) {
        java.util.Set<String> supervised = viewer.grants().stream().filter(g -> g.role() == Role.SUPERVISOR)
                .map(Actor.Grant::unitCode).collect(java.util.stream.Collectors.toSet());
        if (supervised.isEmpty()) {
            return false;
        }
        for (String code : unitCodes) {
            for (var unit = units.findByCode(code).orElse(null); unit != null; unit = unit.getParent()) {
                if (supervised.contains(unit.getCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Inject
    DossierSteps steps;

    @Inject
    Milestones milestones;

    /** The officials of a unit who hold a role there (the specialists a unit head may assign), by name. */
    public List<DossierView.Official> officialsOf(String unitCode, Role role) {
        return officials.holders(unitCode, role).stream()
                .map(o -> new DossierView.Official(o.username(), o.displayName())).toList();
    }

    @Inject
    vn.motcua.identity.Officials officials;

    private DossierView toView(Actor viewer, Dossier d) {
        List<DossierView.HistoryView> history = d.getHistory().stream()
                .map(h -> new DossierView.HistoryView(h.getId() == null ? 0 : h.getId(), h.getAction(),
                        h.getFromStatus() == null ? null : h.getFromStatus().name(), h.getToStatus().name(),
                        h.getActor(), h.getOccurredAt(), h.getNote()))
                .toList();
        List<DossierView.StepView> steps = worklist.openOfDossier(d.getId()).stream()
                .map(item -> stepView(viewer, item, d))
                .toList();
        return new DossierView(d.getCode().value(), d.getProcedureVersion().getProcedure().getCode(),
                d.getProcedureVersion().getProcedure().getName(), d.getProcedureVersion().getVersionNo(),
                d.getReceivingUnit().getCode(), d.getReceivingUnit().getName(), d.getApplicant().getName(),
                d.getApplicant().maskedPersonalId(), d.getChannel().name(), d.getStatus().name(),
                d.getNationalStatus(), d.getSubmittedAt(), d.getReceivedAt(), d.getDueAt(), timeliness(d).name(),
                d.getResultReadyAt(),
                d.getReturnedAt(), d.getProcedureVersion().getResultName(), formFields(d.getFormData()), history, steps,
                d.getOriginalDueAt(), clockState(d),
                d.getClock().stream().map(c -> new DossierView.ClockView(c.getKind().name(), c.getOccurredAt(),
                        c.getExtendedTo(), c.getReason(), c.getActor())).toList(),
                legalTime.controlSheet(d.getId()).stream().map(s -> new DossierView.ControlSheetRow(s.getStepKey(),
                        s.getUnitCode(), s.getRole().name(), s.getOpenedAt(), s.getDueAt(), s.getHolder(),
                        s.getFinishedAt(), s.getResult() == null ? null : s.getResult().name())).toList(),
                consultations.ofDossier(d.getId()).stream().map(c -> new DossierView.ConsultationView(c.getUnitCode(),
                        units.findByCode(c.getUnitCode()).map(u -> u.getName()).orElse(c.getUnitCode()),
                        c.getQuestion(), c.getRequestedBy(), c.getRequestedAt(), c.getDueAt(), c.getState().name(),
                        c.getAnswer(), c.getAnsweredBy(), c.getAnsweredAt())).toList(),
                counter.componentsOf(d.getId()).stream().map(c -> new DossierView.ComponentView(c.getPosition(),
                        c.getName(), c.getForm().label(), c.getDocumentId(), c.getPageCount(),
                        c.getOriginalsCheckedBy())).toList(),
                viewer.hasRole(Role.CITIZEN) && viewer.grants().stream().allMatch(g -> g.role() == Role.CITIZEN)
                        ? List.of() : notes.of(d.getId()).stream().map(n -> new DossierView.NoteView(n.getAuthor(),
                        n.getUnitCode(), n.getWrittenAt(), n.getBody())).toList(),
                milestones.timelineOf(d));
    }

    private String clockState(Dossier d) {
        if (d.clockEvents().isEmpty()) {
            return "NOT_STARTED";
        }
        vn.motcua.calendar.LegalClock legal = legalTime.clockOf(d);
        return legal.stopped() ? "STOPPED" : legal.finished() ? "FINISHED" : legal.paused() ? "PAUSED" : "RUNNING";
    }

    /** Measured at the result's readiness: the end of processing, whatever the applicant's collection date. */
    private Timeliness timeliness(Dossier d) {
        return Timeliness.of(d.getDueAt(), d.getResultReadyAt(), clock.instant(),
                calendars.forUnit(d.getReceivingUnit().getCode()));
    }

    private DossierView.StepView stepView(Actor viewer, WorkItem item, Dossier dossier) {
        boolean holdsRole = viewer.holds(item.getRole(), item.getUnitCode());
        boolean mayAct = holdsRole && (item.getAssignee() == null || item.getAssignee().equals(viewer.username()));
        List<String> outcomes = mayAct
                ? steps.outcomesOf(item, dossier).stream().map(Enum::name).toList()
                : List.of();
        return new DossierView.StepView(item.getTaskId(), item.getStepKey(), item.getUnitCode(),
                item.getRole().name(), item.getAssignee(), outcomes, holdsRole && item.getAssignee() == null);
    }

    /** The fields of a dossier's form (stored as a JSON object), in their order, as text. */
    public static Map<String, String> formFields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        object.forEach((k, v) -> fields.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return fields;
    }
}
