package vn.motcua.documents.rendering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ: form 06 of Appendix I of Circular
 * 03/2025/TT-VPCP, form 05 of Circular 01/2018/TT-VPCP) shows: the dossier, its receipt and appointment, and one row
 * per handover with its own due time and whether the step finished early, on time or late. Rendered by template
 * {@value #TEMPLATE}; times are Vietnam's local times.
 *
 * @param agency               the agency whose one-stop desk keeps the sheet (e.g. "Ủy ban nhân dân phường Thủ Dầu
 *                             Một"), printed in capitals above "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
 * @param applicantName        whose dossier the sheet goes with ("Kèm theo hồ sơ của")
 * @param receivedAt           when the complete, valid dossier was received
 * @param dueAt                the appointment the applicant holds (the extended one after an extension); null while
 *                             the clock is paused with time left
 * @param originalDueAt        the appointment before the extension; null when the dossier was not extended
 * @param handlingAgency       the agency that resolves the dossier
 * @param coordinatingAgencies other agencies that handled a step, if any
 * @param printedAt            when the sheet was printed: open steps are shown as they stood then
 */
public record ControlSheet(String agency, String dossierCode, String applicantName, String procedureName,
                           LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime originalDueAt,
                           String handlingAgency, List<String> coordinatingAgencies, List<Handover> handovers,
                           LocalDateTime printedAt) {

    public static final String TEMPLATE = "control-sheet.ftlx";

    /** Who gives or receives the dossier at a handover. */
    public enum PartyKind {
        /** The person who filed the dossier. */
        APPLICANT,
        /** An official, holding the role of the step (a {@code vn.motcua.identity.Role} name). */
        OFFICIAL
    }

    /**
     * One side of a handover: a named person, or — before anybody took the step up — the role and unit it waits in.
     *
     * @param name the person's name, or null when the step is not taken up yet
     * @param role the role name the person acts in (e.g. "SPECIALIST"), null for the applicant
     * @param unit the unit's name, or null when it is the sheet's own agency
     */
    public record Party(PartyKind kind, String name, String role, String unit) {
        public Party {
            Objects.requireNonNull(kind, "party kind is required");
            if (kind == PartyKind.APPLICANT && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("the applicant is named");
            }
            if (kind == PartyKind.OFFICIAL && name == null && role == null) {
                throw new IllegalArgumentException("an official is named or known by role");
            }
        }

        public static Party applicant(String name) {
            return new Party(PartyKind.APPLICANT, name, null, null);
        }

        public static Party official(String name, String role, String unit) {
            return new Party(PartyKind.OFFICIAL, name, role, unit);
        }
    }

    /** How a step stands: finished early, on time or late, or — while it is open — how it stands now. */
    public enum Standing {
        /** Finished on a day before its due day (Trước hạn). */
        EARLY,
        /** Finished on its due day, at or before the due time (Đúng hạn). */
        ON_TIME,
        /** Finished after its due time (Quá hạn). */
        LATE,
        /** Finished; the step had no due time. */
        NOT_TIMED,
        /** Open with more than the "due soon" threshold left. */
        WITHIN_TIME,
        /** Open with less than one working day left. */
        DUE_SOON,
        /** Open past its due time. */
        OVERDUE,
        /** Open while the dossier's clock is paused (waiting for the applicant, a payment or tax). */
        PAUSED,
        /** Open without a due time. */
        IN_PROGRESS;

        public boolean isFinished() {
            return this == EARLY || this == ON_TIME || this == LATE || this == NOT_TIMED;
        }
    }

    /**
     * An event of the legal clock during a step, written in the notes column.
     *
     * @param kind       a {@code LegalClock.Kind} name: PAUSE, RESUME, RESTART, EXTEND or STOP
     * @param extendedTo for EXTEND, the new appointment
     * @param reason     the reason given, or null
     */
    public record Note(String kind, LocalDateTime at, LocalDateTime extendedTo, String reason) {
        public Note {
            Objects.requireNonNull(kind, "note kind is required");
            Objects.requireNonNull(at, "note time is required");
        }
    }

    /**
     * One row: the step, who gave the dossier and who received it, when, the step's own due time, when it was handed
     * on and how it stands.
     *
     * @param stepName     the step's name in the procedure's routing model (e.g. "Thụ lý, thẩm định")
     * @param handedOverAt when the receiver got the dossier (the step opened)
     * @param dueAt        the step's due time from its allocation, or null
     * @param finishedAt   when the receiver handed it on, or null while open
     */
    public record Handover(String stepName, Party giver, Party receiver, LocalDateTime handedOverAt,
                           LocalDateTime dueAt, LocalDateTime finishedAt, Standing standing, List<Note> notes) {
        public Handover {
            Objects.requireNonNull(stepName, "step name is required");
            Objects.requireNonNull(giver, "giver is required");
            Objects.requireNonNull(receiver, "receiver is required");
            Objects.requireNonNull(handedOverAt, "handover time is required");
            Objects.requireNonNull(standing, "standing is required");
            if (standing.isFinished() != (finishedAt != null)) {
                throw new IllegalArgumentException("a step has a finishing time exactly when its standing is final: "
                        + stepName + " " + standing);
            }
            notes = List.copyOf(notes);
        }
    }

    public ControlSheet {
        Objects.requireNonNull(agency, "agency is required");
        Objects.requireNonNull(dossierCode, "dossier code is required");
        Objects.requireNonNull(applicantName, "applicant is required");
        Objects.requireNonNull(procedureName, "procedure is required");
        Objects.requireNonNull(receivedAt, "receipt time is required");
        Objects.requireNonNull(handlingAgency, "handling agency is required");
        Objects.requireNonNull(printedAt, "printing time is required");
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
        handovers = List.copyOf(handovers);
        if (originalDueAt != null && dueAt == null) {
            throw new IllegalArgumentException("an extended dossier has its new appointment");
        }
    }

    /** Whether the appointment was moved once by an apology (form 04). */
    public boolean extended() {
        return originalDueAt != null;
    }
}
