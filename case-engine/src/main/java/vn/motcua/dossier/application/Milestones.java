package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;

/**
 * Derives a dossier's public milestones, its appointment and the applicant's next step from its history and legal
 * clock. Nothing here is stored: the same dossier always gives the same timeline. Internal steps (drafts, reviews,
 * consultations, notes) and officials' names never appear.
 */
@ApplicationScoped
public class Milestones {

    /** The supplement time limit when the procedure version sets none (Decree 118/2025: 15 working days). */
    static final int DEFAULT_SUPPLEMENT_DAYS = 15;

    @Inject
    WorkingCalendars calendars;

    @Inject
    OrgUnitRepository units;

    /** The public timeline of a dossier. */
    public PublicTimeline timelineOf(Dossier dossier) {
        List<PublicTimeline.Milestone> milestones = new ArrayList<>();
        String lastUnit = null;
        for (DossierHistoryEntry h : dossier.getHistory()) {
            Instant at = h.getOccurredAt();
            String action = h.getAction();
            switch (action) {
                case "SUBMITTED" -> milestones.add(new PublicTimeline.Milestone("SUBMITTED", at, null, null));
                case "ACCEPTED" -> milestones.add(new PublicTimeline.Milestone("ACCEPTED", at,
                        dossier.getOriginalDueAt() == null ? dossier.getDueAt() : dossier.getOriginalDueAt(), null));
                case "REFUSED" -> milestones.add(new PublicTimeline.Milestone("REFUSED", at, null, null));
                case "SUPPLEMENT_REQUESTED_AT_INTAKE", "SUPPLEMENT_REQUESTED" -> milestones.add(
                        new PublicTimeline.Milestone("SUPPLEMENT_REQUESTED", at, supplementDeadline(dossier, at), null));
                case "SUPPLEMENTED" -> milestones.add(new PublicTimeline.Milestone("SUPPLEMENTED", at, null, null));
                case "ASSIGNED", "PROCESSING_STARTED" -> {
                    String unit = "ASSIGNED".equals(action) ? unitCodeIn(h.getNote())
                            : dossier.getReceivingUnit().getCode();
                    if (unit != null && !unit.equals(lastUnit)) {
                        milestones.add(new PublicTimeline.Milestone("PROCESSING", at, null, unitName(unit)));
                        lastUnit = unit;
                    }
                }
                case "FORWARDED" -> {
                    milestones.add(new PublicTimeline.Milestone("FORWARDED", at, null, unitName(h.getNote())));
                    lastUnit = h.getNote();
                }
                case "APOLOGY" -> milestones.add(new PublicTimeline.Milestone("EXTENDED", at, dossier.getDueAt(), null));
                case "RESULT_READY" -> milestones.add(new PublicTimeline.Milestone("RESULT_READY", at, null, null));
                case "RESULT_RETURNED" -> milestones.add(new PublicTimeline.Milestone("RETURNED", at, null, null));
                case "WITHDRAWN" -> milestones.add(new PublicTimeline.Milestone("WITHDRAWN", at, null, null));
                case "CLOSED_WITHOUT_SUPPLEMENT", "CLOSED_UNPAID", "STOPPED" ->
                        milestones.add(new PublicTimeline.Milestone("STOPPED", at, null, null));
                default -> {
                    if (h.getToStatus() == DossierStatus.AWAITING_FINANCIAL_OBLIGATION
                            && h.getFromStatus() != DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
                        milestones.add(new PublicTimeline.Milestone("FEE_REQUESTED", at, null, null));
                    } else if (h.getFromStatus() == DossierStatus.AWAITING_FINANCIAL_OBLIGATION
                            && h.getToStatus() != DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
                        milestones.add(new PublicTimeline.Milestone("FEE_PAID", at, null, null));
                    }
                }
            }
        }
        DossierStatus status = dossier.getStatus();
        boolean open = !status.isFinal() && status != DossierStatus.RESULT_READY;
        if (open && dossier.getDueAt() != null) {
            milestones.add(new PublicTimeline.Milestone("DUE", null, dossier.getDueAt(), null));
        }
        return new PublicTimeline(dossier.getCode().value(), dossier.getProcedureVersion().getProcedure().getName(),
                maskName(dossier.getApplicant().getName()), status.name(), dossier.getNationalStatus(),
                dossier.getReceivingUnit().getName(), dossier.getDueAt(), milestones,
                nextStep(dossier, lastUnit));
    }

    private PublicTimeline.NextStep nextStep(Dossier dossier, String lastUnit) {
        return switch (dossier.getStatus()) {
            case SUBMITTED -> new PublicTimeline.NextStep("WAIT_INTAKE", null, dossier.getReceivingUnit().getName());
            case AWAITING_SUPPLEMENT -> new PublicTimeline.NextStep("SUPPLEMENT",
                    latestSupplementRequest(dossier).map(h -> supplementDeadline(dossier, h.getOccurredAt()))
                            .orElse(null), dossier.getReceivingUnit().getName());
            case AWAITING_FINANCIAL_OBLIGATION -> new PublicTimeline.NextStep("PAY_FEE", null,
                    dossier.getReceivingUnit().getName());
            case RESULT_READY -> new PublicTimeline.NextStep("COLLECT_RESULT", null, collectionPlace(dossier));
            case RETURNED, NOT_RECEIVED, WITHDRAWN, STOPPED -> new PublicTimeline.NextStep("NONE", null, null);
            default -> new PublicTimeline.NextStep("WAIT_PROCESSING", dossier.getDueAt(),
                    lastUnit == null ? dossier.getReceivingUnit().getName() : unitName(lastUnit));
        };
    }

    /** Where a paper result is collected: the receiving desk, with its address when known. */
    public String collectionPlace(Dossier dossier) {
        OrgUnit unit = dossier.getReceivingUnit();
        String address = unit.getAddress();
        return "Bộ phận Tiếp nhận và Trả kết quả, " + unit.getName()
                + (address == null || address.isBlank() ? "" : " (" + address.strip() + ")");
    }

    /** The latest request to supplement the dossier (at intake or during appraisal), if any. */
    public static Optional<DossierHistoryEntry> latestSupplementRequest(Dossier dossier) {
        List<DossierHistoryEntry> history = dossier.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            String action = history.get(i).getAction();
            if (action.equals("SUPPLEMENT_REQUESTED_AT_INTAKE") || action.equals("SUPPLEMENT_REQUESTED")) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** The applicant's time limit for a supplement asked for at {@code requestedAt}: the version's working days. */
    public Instant supplementDeadline(Dossier dossier, Instant requestedAt) {
        Integer days = dossier.getProcedureVersion().getSupplementDays();
        return calendars.forUnit(dossier.getReceivingUnit().getCode()).plusWorkingTime(requestedAt,
                WorkingCalendar.WORKING_DAY.multipliedBy(days == null ? DEFAULT_SUPPLEMENT_DAYS : days));
    }

    /** The items a supplement request lists: one per line of its reasons. */
    public static List<String> itemsOf(String reasons) {
        if (reasons == null) {
            return List.of();
        }
        return java.util.Arrays.stream(reasons.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A name shown publicly: the first letter of each word, the rest hidden ("Trần Thị Lan" → "T*** T*** L***"). */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(name.strip().split("\\s+"))
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)) + "***")
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private String unitName(String code) {
        if (code == null) {
            return null;
        }
        return units.findByCode(code).map(OrgUnit::getName).orElse(code);
    }

    /** The unit code of an assignment's note ("specialist (unitCode)"). */
    private static String unitCodeIn(String note) {
        if (note == null) {
            return null;
        }
        int open = note.lastIndexOf('(');
        int close = note.lastIndexOf(')');
        return open >= 0 && close > open ? note.substring(open + 1, close) : null;
    }
}
