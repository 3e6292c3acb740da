package vn.motcua.dossier.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.organization.OrgUnit;

/**
 * A dossier (hồ sơ) filed for one version of an administrative procedure.
 *
 * <p>The life cycle of a dossier begins when it is submitted online (or handed in at the counter) and gets its code.
 * The one-stop desk either accepts it (it is received and its legal clock starts) or refuses it with a reason. A
 * received dossier is processed by a specialist, approved by a leader (or returned for rework with a reason), issued
 * by the clerk, and its result becomes ready; the desk then returns the result and the dossier ends. Supplementation,
 * payment, withdrawal and stopping are side paths with their own statuses. Every change goes through a method that
 * says what happens and leaves an entry in the history; the status always maps to a national status code.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_version_id", nullable = false)
    private ProcedureVersion procedureVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "receiving_unit_id", nullable = false)
    private OrgUnit receivingUnit;

    @Column(name = "applicant_account_id")
    private Long applicantAccountId;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DossierStatus status;

    @Column(name = "national_status", nullable = false)
    private short nationalStatus;

    @Column(name = "form_data", columnDefinition = "TEXT")
    private String formData;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "original_due_at")
    private Instant originalDueAt;

    @Column(name = "result_ready_at")
    private Instant resultReadyAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "result_number", length = 60)
    private String resultNumber;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_method", length = 20)
    private ReturnMethod returnMethod;

    @Column(name = "return_note", length = 500)
    private String returnNote;

    /** How the applicant asked, when filing online, to receive the result; null for a dossier filed at the desk. */
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_return", length = 20)
    private ReturnMethod requestedReturn;

    /** Where to post the result when the applicant asked for it by public post. */
    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    /** The units planned for the dossier's levels when it was filed ({@code hop:unitCode}, comma-separated). */
    @Column(name = "route_plan", length = 500)
    private String routePlan;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DossierHistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<ClockEntry> clock = new ArrayList<>();

    protected Dossier() {
    }

    private Dossier(DossierCode code, ProcedureVersion version, OrgUnit receivingUnit, Applicant applicant,
                    Long applicantAccountId, Channel channel, String formData, Instant submittedAt) {
        this.code = Objects.requireNonNull(code, "dossier code is required").value();
        this.procedureVersion = Objects.requireNonNull(version, "procedure version is required");
        this.receivingUnit = Objects.requireNonNull(receivingUnit, "receiving unit is required");
        this.applicant = Objects.requireNonNull(applicant, "applicant is required");
        this.applicantAccountId = applicantAccountId;
        this.channel = Objects.requireNonNull(channel, "channel is required");
        this.formData = formData;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submission time is required");
    }

    /** A citizen files a dossier online: it has its code and waits for the desk. */
    public static Dossier submitOnline(DossierCode code, ProcedureVersion version, OrgUnit receivingUnit,
                                       Applicant applicant, Long applicantAccountId, String formData,
                                       Instant at) {
        Dossier dossier = new Dossier(code, version, receivingUnit, applicant, applicantAccountId, Channel.ONLINE,
                formData, at);
        dossier.status = DossierStatus.SUBMITTED;
        dossier.nationalStatus = (short) DossierStatus.SUBMITTED.nationalCode();
        dossier.history.add(new DossierHistoryEntry(dossier, "SUBMITTED", null, DossierStatus.SUBMITTED,
                applicant.getName(), at, null));
        return dossier;
    }

    /**
     * The desk receives a paper dossier handed in at the counter: it has its code and, like an online one, waits for
     * the desk's intake decision (which the counter intake takes at once).
     */
    public static Dossier receiveAtCounter(DossierCode code, ProcedureVersion version, OrgUnit receivingUnit,
                                           Applicant applicant, String formData, String desk, Instant at) {
        Dossier dossier = new Dossier(code, version, receivingUnit, applicant, null, Channel.COUNTER, formData, at);
        dossier.status = DossierStatus.SUBMITTED;
        dossier.nationalStatus = (short) DossierStatus.SUBMITTED.nationalCode();
        dossier.history.add(new DossierHistoryEntry(dossier, "SUBMITTED", null, DossierStatus.SUBMITTED,
                Objects.requireNonNull(desk, "receiving desk is required"), at, null));
        return dossier;
    }

    public void linkProcess(String processInstanceId) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("dossier " + code + " already has a process");
        }
        this.processInstanceId = Objects.requireNonNull(processInstanceId, "process instance id is required");
    }

    /**
     * The desk accepts a complete, valid dossier (form 01): it is received, its legal clock starts and it gets its
     * due time (derived by the working calendar from the procedure version's processing time).
     */
    public void accept(String actor, Instant at, Instant due) {
        Objects.requireNonNull(due, "due time is required");
        if (due.isBefore(at)) {
            throw new IllegalArgumentException("a dossier cannot be due before it is received");
        }
        moveTo(DossierStatus.RECEIVED, EnumSet.of(DossierStatus.SUBMITTED), "ACCEPTED", actor, at, null);
        this.receivedAt = at;
        this.dueAt = due;
    }

    /** The desk refuses the dossier at intake (form 03); the reason is mandatory. */
    public void refuse(String reason, String actor, Instant at) {
        moveTo(DossierStatus.NOT_RECEIVED, EnumSet.of(DossierStatus.SUBMITTED), "REFUSED", actor, at,
                requireReason(reason));
    }

    /** A specialist takes the dossier up. */
    public void startProcessing(String actor, Instant at) {
        if (status == DossierStatus.PROCESSING) {
            return;
        }
        moveTo(DossierStatus.PROCESSING, EnumSet.of(DossierStatus.RECEIVED), "PROCESSING_STARTED", actor, at, null);
    }

    /** The specialist has appraised the dossier and drafted the result for approval. */
    public void submitForApproval(String note, String actor, Instant at) {
        moveTo(DossierStatus.AWAITING_APPROVAL, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING),
                "DRAFT_SUBMITTED", actor, at, note);
    }

    /** The leader approves the draft result; the clerk issues it next. */
    public void approve(String actor, Instant at) {
        moveTo(DossierStatus.ISSUING, EnumSet.of(DossierStatus.AWAITING_APPROVAL), "APPROVED", actor, at, null);
    }

    /** The leader sends the draft back to the specialist; the reason is mandatory. */
    public void returnForRework(String reason, String actor, Instant at) {
        moveTo(DossierStatus.PROCESSING, EnumSet.of(DossierStatus.AWAITING_APPROVAL), "RETURNED_FOR_REWORK", actor,
                at, requireReason(reason));
    }

    /** The clerk records the approved result in the register and issues it (once per approval). */
    public void issueResult(String actor, Instant at) {
        requireLastAction("APPROVED", "RESULT_ISSUED");
        moveTo(DossierStatus.ISSUING, EnumSet.of(DossierStatus.ISSUING), "RESULT_ISSUED", actor, at, null);
    }

    /** The issued result is published to the desk and the applicant. */
    public void markResultReady(Instant at) {
        requireLastAction("RESULT_ISSUED", "RESULT_READY");
        moveTo(DossierStatus.RESULT_READY, EnumSet.of(DossierStatus.ISSUING), "RESULT_READY", "system", at, null);
        this.resultReadyAt = at;
    }

    /** The desk hands the result to the applicant; the dossier ends. */
    public void returnResult(String actor, Instant at) {
        returnResult(actor, at, ReturnMethod.AT_DESK, null);
    }

    /**
     * The desk returns the result — at the desk (to whom), by public post (the tracking number, required) or online
     * — and the dossier ends.
     */
    public void returnResult(String actor, Instant at, ReturnMethod method, String note) {
        Objects.requireNonNull(method, "return method is required");
        if (method == ReturnMethod.BY_POST && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a result sent by post needs its tracking number");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        String how = switch (method) {
            case AT_DESK -> "Trả tại Bộ phận Tiếp nhận và Trả kết quả" + (text == null ? "" : ", người nhận: " + text);
            case BY_POST -> "Gửi qua dịch vụ bưu chính công ích, số hiệu bưu gửi: " + text;
            case ONLINE -> "Trả kết quả điện tử trực tuyến" + (text == null ? "" : " (" + text + ")");
        };
        moveTo(DossierStatus.RETURNED, EnumSet.of(DossierStatus.RESULT_READY), "RESULT_RETURNED", actor, at, how);
        this.returnedAt = at;
        this.returnMethod = method;
        this.returnNote = text;
    }

    public ReturnMethod getReturnMethod() {
        return returnMethod;
    }

    public String getReturnNote() {
        return returnNote;
    }

    /** The levels the dossier goes through, planned at filing from the procedure version and the organisation tree. */
    public void planRoute(List<String> levels) {
        if (routePlan != null) {
            throw new IllegalStateException("dossier " + code + " already has its route");
        }
        routePlan = String.join(",", levels);
    }

    /** The planned levels ({@code hop:unitCode}), in order; empty for a dossier of one level. */
    public List<String> getRoutePlan() {
        return routePlan == null || routePlan.isBlank() ? List.of() : List.of(routePlan.split(","));
    }

    /** The unit head of a level gives the dossier to a specialist. */
    public void assign(String specialist, String unitCode, String actor, Instant at) {
        moveTo(DossierStatus.PROCESSING, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING), "ASSIGNED",
                actor, at, specialist + " (" + unitCode + ")");
    }

    /** The specialist finds the dossier does not qualify and drafts the reasoned letter (refusal after appraisal). */
    public void proposeRefusal(String reason, String actor, Instant at) {
        moveTo(DossierStatus.AWAITING_APPROVAL, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING),
                "REFUSAL_PROPOSED", actor, at, requireReason(reason));
    }

    /** The specialist asks other units for their opinion; the dossier stays in processing. */
    public void requestConsultation(List<String> unitCodes, String actor, Instant at) {
        moveTo(DossierStatus.PROCESSING, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING),
                "CONSULTATION_REQUESTED", actor, at, String.join(", ", unitCodes));
    }

    /** A consulted unit gave its opinion, or was deemed to have given the default one when silent. */
    public void recordConsultation(String unitCode, String opinion, boolean defaulted, String actor, Instant at) {
        history.add(new DossierHistoryEntry(this, defaulted ? "CONSULTATION_DEFAULTED" : "CONSULTATION_ANSWERED",
                status, status, actor, at, unitCode + ": " + opinion));
    }

    /** The unit head agrees with the draft (initials it) and passes it to the leader. */
    public void endorse(String actor, Instant at) {
        moveTo(DossierStatus.AWAITING_APPROVAL, EnumSet.of(DossierStatus.AWAITING_APPROVAL), "REVIEWED", actor, at,
                null);
    }

    /** The leader of a level that does not decide approves and sends the dossier on to the next level. */
    public void forward(String nextUnitCode, String actor, Instant at) {
        moveTo(DossierStatus.PROCESSING, EnumSet.of(DossierStatus.AWAITING_APPROVAL), "FORWARDED", actor, at,
                nextUnitCode);
    }

    /** The desk asks the applicant to complete the dossier at intake (form 02), once, listing everything at once. */
    public void requestSupplementAtIntake(String reason, String actor, Instant at) {
        if (history.stream().anyMatch(h -> h.getAction().equals("SUPPLEMENT_REQUESTED_AT_INTAKE"))) {
            throw new IllegalDossierTransitionException(code, status, "SUPPLEMENT_REQUESTED_AT_INTAKE");
        }
        moveTo(DossierStatus.AWAITING_SUPPLEMENT, EnumSet.of(DossierStatus.SUBMITTED), "SUPPLEMENT_REQUESTED_AT_INTAKE",
                actor, at, requireReason(reason));
    }

    /**
     * The specialist asks the applicant to complete the dossier during appraisal (form 02 through the desk); the
     * legal clock pauses or will restart, per the procedure's policy (recorded by the legal time).
     */
    public void requestSupplementDuringProcessing(String reason, String actor, Instant at) {
        moveTo(DossierStatus.AWAITING_SUPPLEMENT, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING),
                "SUPPLEMENT_REQUESTED", actor, at, requireReason(reason));
    }

    /**
     * The reasons of a refusal after appraisal, when the latest proposal the specialist made was to refuse (the
     * result is then a reasoned letter); empty when the latest proposal was the result itself.
     */
    public java.util.Optional<String> refusalReasons() {
        for (int i = history.size() - 1; i >= 0; i--) {
            String action = history.get(i).getAction();
            if (action.equals("DRAFT_SUBMITTED")) {
                return java.util.Optional.empty();
            }
            if (action.equals("REFUSAL_PROPOSED")) {
                return java.util.Optional.ofNullable(history.get(i).getNote());
            }
        }
        return java.util.Optional.empty();
    }

    /** The applicant supplemented: back to the desk (at intake) or to the specialist (during processing). */
    public void supplemented(String actor, Instant at, String note) {
        moveTo(receivedAt == null ? DossierStatus.SUBMITTED : DossierStatus.PROCESSING,
                EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT), "SUPPLEMENTED", actor, at, note);
    }

    /** The time limit for the supplement passed without it: the dossier is closed. */
    public void closeWithoutSupplement(Instant at) {
        moveTo(DossierStatus.STOPPED, EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT), "CLOSED_WITHOUT_SUPPLEMENT",
                "system", at, null);
    }

    /** The time limit for the fee passed without payment: the dossier is closed. */
    public void closeUnpaid(Instant at) {
        moveTo(DossierStatus.STOPPED, EnumSet.of(DossierStatus.AWAITING_FINANCIAL_OBLIGATION, DossierStatus.RECEIVED),
                "CLOSED_UNPAID", "system", at, null);
    }

    /** The desk accepted the dossier while its fee is unpaid: it waits for the applicant's online payment. */
    public void awaitPayment(String actor, Instant at) {
        moveTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION, EnumSet.of(DossierStatus.RECEIVED), "AWAITING_PAYMENT",
                actor, at, null);
    }

    /**
     * The applicant's fee was paid ({@code note}: the receipt and the gateway's reference): a dossier waiting for it
     * goes on to processing; any other open dossier records it.
     */
    public void feePaid(String actor, Instant at, String note) {
        if (status == DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            moveTo(DossierStatus.RECEIVED, EnumSet.of(DossierStatus.AWAITING_FINANCIAL_OBLIGATION), "FEE_PAID", actor,
                    at, note);
        } else {
            history.add(new DossierHistoryEntry(this, "FEE_PAID", status, status, Objects.requireNonNull(actor), at,
                    note));
        }
    }

    /** The applicant withdrew the dossier; the stop notice (form 05) is issued. */
    public void withdraw(String actor, Instant at, String reason) {
        EnumSet<DossierStatus> open = EnumSet.allOf(DossierStatus.class);
        open.removeIf(DossierStatus::isFinal);
        moveTo(DossierStatus.WITHDRAWN, open, "WITHDRAWN", actor, at, reason);
    }

    /**
     * Records an event of the legal clock with a line in the history (the application service has checked the rules
     * of the legal clock: one extension, its notice period, pauses only while running).
     */
    public void recordClock(vn.motcua.calendar.LegalClock.Kind kind, Instant at, Instant extendedTo, String action,
                            String reason, String actor) {
        Objects.requireNonNull(actor, "actor is required");
        clock.add(new ClockEntry(this, clock.size() + 1, kind, at, extendedTo, reason, actor));
        if (action != null) {
            history.add(new DossierHistoryEntry(this, action, status, status, actor, at, reason));
        }
    }

    /** The clock's events in order. */
    public List<vn.motcua.calendar.LegalClock.Event> clockEvents() {
        return clock.stream().map(ClockEntry::event).toList();
    }

    public List<ClockEntry> getClock() {
        return java.util.Collections.unmodifiableList(clock);
    }

    /** The due times derived from the clock: the citizen's (extended, if so) and the one the law gave. */
    public void derivedDue(Instant due, Instant originalDue) {
        this.dueAt = due;
        this.originalDueAt = originalDue;
    }

    public Instant getOriginalDueAt() {
        return originalDueAt;
    }

    /** The desk was reminded that this dossier still waits for intake. */
    public void recordIntakeReminder(Instant at) {
        history.add(new DossierHistoryEntry(this, "INTAKE_REMINDER", status, status, "system", at, null));
    }

    private void moveTo(DossierStatus target, Set<DossierStatus> allowedFrom, String action, String actor, Instant at,
                        String note) {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(at, "time is required");
        if (!allowedFrom.contains(status)) {
            throw new IllegalDossierTransitionException(code, status, action);
        }
        DossierStatus from = status;
        status = target;
        nationalStatus = (short) target.nationalCode();
        history.add(new DossierHistoryEntry(this, action, from, target, actor, at, note));
    }

    private void requireLastAction(String expected, String action) {
        if (history.isEmpty() || !history.get(history.size() - 1).getAction().equals(expected)) {
            throw new IllegalDossierTransitionException(code, status, action);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.strip();
    }

    public Long getId() {
        return id;
    }

    public DossierCode getCode() {
        return new DossierCode(code);
    }

    public ProcedureVersion getProcedureVersion() {
        return procedureVersion;
    }

    public OrgUnit getReceivingUnit() {
        return receivingUnit;
    }

    public Long getApplicantAccountId() {
        return applicantAccountId;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public Channel getChannel() {
        return channel;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public int getNationalStatus() {
        return nationalStatus;
    }

    public String getFormData() {
        return formData;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getResultReadyAt() {
        return resultReadyAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<DossierHistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    /** Records how the applicant asked to receive the result when filing (by post: the postal address). */
    public void requestReturn(ReturnMethod method, String address) {
        if (method == ReturnMethod.BY_POST && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a result by post needs a postal address");
        }
        this.requestedReturn = Objects.requireNonNull(method, "return method is required");
        this.postalAddress = method == ReturnMethod.BY_POST ? address.strip() : null;
    }

    public ReturnMethod getRequestedReturn() {
        return requestedReturn;
    }

    public String getPostalAddress() {
        return postalAddress;
    }
}
