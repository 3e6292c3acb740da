package vn.motcua.dossier.application;

import static vn.motcua.dossier.application.StepOutcome.ACCEPT;
import static vn.motcua.dossier.application.StepOutcome.ANSWER;
import static vn.motcua.dossier.application.StepOutcome.ASSIGN;
import static vn.motcua.dossier.application.StepOutcome.CONSULT;
import static vn.motcua.dossier.application.StepOutcome.DECLINE_APOLOGY;
import static vn.motcua.dossier.application.StepOutcome.ENDORSE;
import static vn.motcua.dossier.application.StepOutcome.FORWARD;
import static vn.motcua.dossier.application.StepOutcome.PROPOSE_REFUSAL;
import static vn.motcua.dossier.application.StepOutcome.REQUEST_SUPPLEMENT;
import static vn.motcua.dossier.application.StepOutcome.DELIVER_ONLINE;
import static vn.motcua.dossier.application.StepOutcome.SEND_BY_POST;
import static vn.motcua.dossier.application.StepOutcome.SIGN_APOLOGY;
import static vn.motcua.dossier.application.StepOutcome.APPROVE;
import static vn.motcua.dossier.application.StepOutcome.HAND_OVER;
import static vn.motcua.dossier.application.StepOutcome.ISSUE;
import static vn.motcua.dossier.application.StepOutcome.REFUSE;
import static vn.motcua.dossier.application.StepOutcome.RETURN_FOR_REWORK;
import static vn.motcua.dossier.application.StepOutcome.SUBMIT_DRAFT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.ProcessContract;
import vn.motcua.identity.Actor;
import vn.motcua.identity.SigningConfirmation;
import vn.motcua.identity.SigningNotConfirmedException;
import vn.motcua.platform.transactions.RetriedOnConflict;
import vn.motcua.results.ResultIssuance;
import vn.motcua.results.SigningCapacity;
import vn.motcua.workflow.ProcessContract.Steps;
import vn.motcua.workflow.ProcessContract.Variables;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.worklist.WorkItem;
import vn.motcua.workflow.worklist.Worklist;

/**
 * Officials take and complete the steps of a dossier. Each completion changes the dossier and moves its process in
 * one transaction; only an official holding the step's unit and role (and, once claimed, the claimant) may act.
 */
@ApplicationScoped
@RetriedOnConflict
public class DossierSteps {

    private static final Logger LOG = Logger.getLogger(DossierSteps.class.getName());

    /** Outcomes of the walking-skeleton model, per step. */
    private static final Map<String, Set<StepOutcome>> BASIC = Map.of(
            Steps.DESK_RECEIVES, EnumSet.of(ACCEPT, REFUSE),
            Steps.SPECIALIST_HANDLES, EnumSet.of(SUBMIT_DRAFT),
            Steps.LEADER_APPROVES, EnumSet.of(APPROVE, RETURN_FOR_REWORK),
            Steps.CLERK_ISSUES, EnumSet.of(ISSUE),
            Steps.DESK_RETURNS_RESULT, EnumSet.of(HAND_OVER, SEND_BY_POST, DELIVER_ONLINE));

    /** Outcomes of the one-stop model, per step; the leader's depends on whether the level decides. */
    private static final Map<String, Set<StepOutcome>> ONE_STOP = Map.of(
            Steps.DESK_RECEIVES, EnumSet.of(ACCEPT, REQUEST_SUPPLEMENT, REFUSE),
            Steps.UNIT_HEAD_ASSIGNS, EnumSet.of(ASSIGN),
            Steps.SPECIALIST_HANDLES, EnumSet.of(SUBMIT_DRAFT, CONSULT, REQUEST_SUPPLEMENT, PROPOSE_REFUSAL),
            Steps.UNIT_HEAD_REVIEWS, EnumSet.of(ENDORSE, RETURN_FOR_REWORK),
            Steps.CLERK_ISSUES, EnumSet.of(ISSUE),
            Steps.CONSULTATION_ANSWERS, EnumSet.of(ANSWER),
            Steps.LEADER_SIGNS_APOLOGY, EnumSet.of(SIGN_APOLOGY, DECLINE_APOLOGY),
            Steps.DESK_RETURNS_RESULT, EnumSet.of(HAND_OVER, SEND_BY_POST, DELIVER_ONLINE));

    /**
     * What an official adds to an outcome: the reason or text, the specialist chosen by the unit head, the units
     * consulted and the working days they have.
     */
    public record StepInput(String reason, String assignee, List<String> consultedUnits, Integer consultationDays) {
        public StepInput {
            consultedUnits = consultedUnits == null ? List.of() : List.copyOf(consultedUnits);
        }

        public static StepInput reason(String reason) {
            return new StepInput(reason, null, List.of(), null);
        }
    }

    @Inject
    Worklist worklist;

    @Inject
    DossierRepository dossiers;

    @Inject
    WorkflowGateway workflow;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    @Inject
    vn.motcua.payment.application.Payments payments;

    /** The outcomes an official may choose at an open step of a dossier. */
    public Set<StepOutcome> outcomesOf(WorkItem item, Dossier dossier) {
        if (!ProcessContract.Keys.ONE_STOP_DOSSIER.equals(dossier.getProcedureVersion().getProcessKey())) {
            return BASIC.getOrDefault(item.getStepKey(), Set.of());
        }
        if (Steps.LEADER_APPROVES.equals(item.getStepKey())) {
            return decides(item, dossier) ? EnumSet.of(APPROVE, RETURN_FOR_REWORK) : EnumSet.of(FORWARD, RETURN_FOR_REWORK);
        }
        Set<StepOutcome> outcomes = ONE_STOP.getOrDefault(item.getStepKey(), Set.of());
        // A supplement is asked for once at intake, and once during appraisal.
        String asked = Steps.DESK_RECEIVES.equals(item.getStepKey()) ? "SUPPLEMENT_REQUESTED_AT_INTAKE"
                : "SUPPLEMENT_REQUESTED";
        if (outcomes.contains(REQUEST_SUPPLEMENT)
                && dossier.getHistory().stream().anyMatch(h -> h.getAction().equals(asked))) {
            EnumSet<StepOutcome> once = EnumSet.copyOf(outcomes);
            once.remove(REQUEST_SUPPLEMENT);
            return once;
        }
        return outcomes;
    }

    /** Whether the level of a leader's step decides the dossier: the last level, or a refusal after appraisal. */
    private boolean decides(WorkItem item, Dossier dossier) {
        if ("PROPOSE_REFUSAL".equals(workflow.stepVariable(item.getTaskId(), Variables.SPECIALIST_DECISION))) {
            return true;
        }
        List<String> plan = dossier.getRoutePlan();
        return plan.isEmpty() || item.getLevel() == null
                || UnitRouting.PlannedLevel.parse(plan.get(plan.size() - 1)).hop() == item.getLevel();
    }

    /** The unit planned after the level of a step, for the history of a forwarded dossier. */
    private static String nextLevelUnit(WorkItem item, Dossier dossier) {
        List<String> plan = dossier.getRoutePlan();
        for (int i = 0; i + 1 < plan.size(); i++) {
            if (item.getLevel() != null && UnitRouting.PlannedLevel.parse(plan.get(i)).hop() == item.getLevel()) {
                return UnitRouting.PlannedLevel.parse(plan.get(i + 1)).unitCode();
            }
        }
        return null;
    }

    @Inject
    LegalTime legalTime;

    @Inject
    SigningConfirmation confirmation;

    @Inject
    ResultIssuance results;

    @Transactional
    public void claim(Actor official, String taskId) {
        WorkItem item = openStepFor(official, taskId);
        if (item.getAssignee() != null) {
            throw new AccessDeniedException("step already taken by another official");
        }
        workflow.claim(taskId, official.username());
        if (Steps.SPECIALIST_HANDLES.equals(item.getStepKey())) {
            Dossier dossier = dossierOf(item);
            int changes = dossier.getHistory().size();
            dossier.startProcessing(official.username(), clock.instant());
            if (dossier.getHistory().size() > changes) {
                events.announce(dossier, official);
            }
        }
    }

    /**
     * A signer's re-confirmation of who they are (their password) and the capacity they sign in, required when the
     * step's outcome signs the result (the leader's approval).
     */
    public record Signature(char[] password, SigningCapacity capacity) {
        public Signature {
            capacity = capacity == null ? SigningCapacity.HEAD : capacity;
        }
    }

    /** Completes a step whose outcome signs nothing. */
    @Transactional
    public void complete(Actor official, String taskId, StepOutcome outcome, String reason) {
        completeWith(official, taskId, outcome, StepInput.reason(reason), null);
    }

    @Transactional
    public void complete(Actor official, String taskId, StepOutcome outcome, String reason, Signature signature) {
        completeWith(official, taskId, outcome, StepInput.reason(reason), signature);
    }

    /**
     * Completes a step. Approving signs the dossier's result in the leader's name (the leader re-confirms with
     * {@code signature}); issuing numbers it in the agency's register and seals it.
     *
     * @throws SigningNotConfirmedException when an approval comes without the leader's correct password
     */
    @Transactional
    public void completeWith(Actor official, String taskId, StepOutcome outcome, StepInput input,
                             Signature signature) {
        WorkItem item = openStepFor(official, taskId);
        if (item.getAssignee() != null && !item.getAssignee().equals(official.username())) {
            throw new AccessDeniedException("step is held by another official");
        }
        Dossier dossier = dossierOf(item);
        if (!outcomesOf(item, dossier).contains(outcome)) {
            throw new IllegalArgumentException("outcome " + outcome + " is not allowed at step " + item.getStepKey());
        }
        String reason = input == null ? null : input.reason();
        if (outcome.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a reason is required");
        }
        boolean oneStop = ProcessContract.Keys.ONE_STOP_DOSSIER.equals(dossier.getProcedureVersion().getProcessKey());
        Instant now = clock.instant();
        String who = official.username();
        Map<String, Object> variables = switch (outcome) {
            case ACCEPT -> {
                legalTime.accept(dossier, now, who);
                if (!oneStop) {
                    yield Map.of(Variables.DESK_DECISION, "ACCEPT");
                }
                // The one-stop model waits for the fee when an online payment request is still awaiting.
                var paymentDue = payments.paymentDueAtAcceptance(dossier, now);
                if (paymentDue.isEmpty()) {
                    yield Map.of(Variables.DESK_DECISION, "ACCEPT", Variables.PAYMENT_REQUIRED, false);
                }
                events.announce(dossier, official);
                dossier.awaitPayment(who, now);
                yield Map.of(Variables.DESK_DECISION, "ACCEPT", Variables.PAYMENT_REQUIRED, true,
                        Variables.PAYMENT_DUE_AT, java.util.Date.from(paymentDue.get()));
            }
            case REQUEST_SUPPLEMENT -> {
                java.util.Date due = java.util.Date.from(supplementDue(dossier, now));
                if (Steps.DESK_RECEIVES.equals(item.getStepKey())) {
                    dossier.requestSupplementAtIntake(reason, who, now);
                    yield Map.of(Variables.DESK_DECISION, "SUPPLEMENT", Variables.SUPPLEMENT_DUE_AT, due);
                }
                legalTime.pauseForSupplement(dossier, reason.strip(), who);
                dossier.requestSupplementDuringProcessing(reason, who, now);
                yield Map.of(Variables.SPECIALIST_DECISION, "SUPPLEMENT", Variables.SUPPLEMENT_DUE_AT, due);
            }
            case ASSIGN -> {
                String specialist = input.assignee();
                if (specialist == null || officials.actorOf(specialist)
                        .filter(a -> a.holds(Role.SPECIALIST, item.getUnitCode())).isEmpty()) {
                    throw new InvalidRequestException("Chọn một chuyên viên của đơn vị " + item.getUnitCode()
                            + " để giao xử lý hồ sơ");
                }
                dossier.assign(specialist, item.getUnitCode(), who, now);
                yield Map.of(Variables.ASSIGNED_SPECIALIST, specialist);
            }
            case PROPOSE_REFUSAL -> {
                dossier.proposeRefusal(reason, who, now);
                yield Map.of(Variables.SPECIALIST_DECISION, "PROPOSE_REFUSAL");
            }
            case CONSULT -> {
                List<String> units = input.consultedUnits().stream().filter(u -> u != null && !u.isBlank())
                        .map(String::strip).distinct().toList();
                if (units.isEmpty() || units.contains(item.getUnitCode())) {
                    throw new InvalidRequestException("Chọn ít nhất một đơn vị khác để xin ý kiến");
                }
                for (String unit : units) {
                    if (this.units.findByCode(unit).filter(u -> u.isValidOn(BusinessTime.dateOf(now))).isEmpty()) {
                        throw new InvalidRequestException("Đơn vị " + unit + " không tồn tại hoặc không còn hoạt động");
                    }
                }
                int days = input.consultationDays() == null ? Consultations.DEFAULT_DAYS : input.consultationDays();
                if (days < 1 || days > 30) {
                    throw new InvalidRequestException("Thời hạn xin ý kiến từ 1 đến 30 ngày làm việc");
                }
                consultations.open(dossier, units, reason.strip(), days, who, now);
                dossier.requestConsultation(units, who, now);
                yield Map.of(Variables.SPECIALIST_DECISION, "CONSULT", Variables.CONSULTED_UNITS,
                        new java.util.ArrayList<>(units));
            }
            case ANSWER -> {
                var consultation = consultations.openOf(dossier.getId(), item.getUnitCode())
                        .orElseThrow(() -> new NotFoundException("no open consultation of " + item.getUnitCode()));
                consultation.answer(reason.strip(), who, now);
                dossier.recordConsultation(item.getUnitCode(), reason.strip(), false, who, now);
                yield Map.of();
            }
            case ENDORSE -> {
                dossier.endorse(who, now);
                yield Map.of(Variables.UNIT_HEAD_DECISION, "APPROVE");
            }
            case FORWARD -> {
                dossier.forward(nextLevelUnit(item, dossier), who, now);
                yield Map.of(Variables.LEADER_DECISION, "APPROVE");
            }
            case SIGN_APOLOGY -> Map.of(Variables.APOLOGY_DECISION, "SIGN");
            case DECLINE_APOLOGY -> Map.of(Variables.APOLOGY_DECISION, "DECLINE");
            case REFUSE -> {
                dossier.refuse(reason, who, now);
                yield Map.of(Variables.DESK_DECISION, "REFUSE");
            }
            case SUBMIT_DRAFT -> {
                dossier.submitForApproval(reason, who, now);
                yield oneStop ? Map.of(Variables.SPECIALIST_DECISION, "PROPOSE") : Map.of();
            }
            case APPROVE -> {
                if (signature == null) {
                    throw new SigningNotConfirmedException("nhập mật khẩu để xác nhận ký số kết quả");
                }
                confirmation.confirm(official, signature.password());
                dossier.approve(who, now);
                results.signByLeader(official, dossier, this.units.findByCode(item.getUnitCode())
                        .orElseThrow(() -> new NotFoundException("unit " + item.getUnitCode())), signature.capacity(), now);
                yield Map.of(Variables.LEADER_DECISION, "APPROVE");
            }
            case RETURN_FOR_REWORK -> {
                dossier.returnForRework(reason, who, now);
                yield Map.of(Steps.UNIT_HEAD_REVIEWS.equals(item.getStepKey()) ? Variables.UNIT_HEAD_DECISION
                        : Variables.LEADER_DECISION, "RETURN");
            }
            case ISSUE -> {
                dossier.issueResult(who, now);
                results.numberAndSeal(official, dossier, now);
                yield Map.of();
            }
            case HAND_OVER, SEND_BY_POST, DELIVER_ONLINE -> {
                dossier.returnResult(who, now, outcome == SEND_BY_POST ? ReturnMethod.BY_POST
                        : outcome == DELIVER_ONLINE ? ReturnMethod.ONLINE : ReturnMethod.AT_DESK, reason);
                yield Map.of();
            }
        };
        legalTime.stepFinished(dossier, taskId, who, now);
        workflow.complete(taskId, who, variables);
        events.announce(dossier, official);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": step " + item.getStepKey() + " completed with " + outcome);
    }

    /**
     * The desk records that the applicant supplemented a dossier it had asked to complete at intake (at the counter,
     * by post, or online once the citizen portal sends it): the dossier goes back to the desk's intake check.
     */
    @Transactional
    public void supplementReceived(Actor desk, String code, String note) {
        Dossier dossier = byCode(code);
        if (!desk.holds(Role.DESK_OFFICER, dossier.getReceivingUnit().getCode())) {
            throw new AccessDeniedException("only the receiving desk records a supplement");
        }
        supplements.handIn(dossier, desk, note);
    }

    /**
     * The applicant asked to withdraw the dossier (at the desk, or in writing): the desk records it, every open step
     * is cancelled, the clock stops and the stop notice (form 05) is issued.
     */
    @Transactional
    public void recordWithdrawal(Actor desk, String code, String reason) {
        Dossier dossier = byCode(code);
        if (!desk.holds(Role.DESK_OFFICER, dossier.getReceivingUnit().getCode())) {
            throw new AccessDeniedException("only the receiving desk records a withdrawal");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do người nộp rút hồ sơ (theo đơn đề nghị)");
        }
        withdrawals.request(dossier, desk, reason);
        events.announce(dossier, desk);
    }

    /**
     * The leader of the level handling a dossier asks for the one extension with an apology (form 04): the new due
     * time and the reason; the apology then waits for the leader's signature before the clock is extended.
     */
    @Transactional
    public void requestExtension(Actor leader, String code, Instant newDue, String reason) {
        Dossier dossier = byCode(code);
        if (!ProcessContract.Keys.ONE_STOP_DOSSIER.equals(dossier.getProcedureVersion().getProcessKey())) {
            throw new InvalidRequestException("Quy trình của hồ sơ " + code + " gia hạn trực tiếp trên thời hạn");
        }
        boolean leadsAnOpenLevel = worklist.openOfDossier(dossier.getId()).stream()
                .anyMatch(w -> w.getLevel() != null && leader.holds(Role.LEADER, w.getUnitCode()));
        if (!leadsAnOpenLevel) {
            throw new AccessDeniedException("only the leader of the level handling the dossier asks for an extension");
        }
        legalTime.checkExtension(dossier, newDue, reason);
        workflow.deliver(dossier.getProcessInstanceId(), ProcessContract.Messages.EXTENSION_REQUESTED,
                Map.of("extensionRequestedBy", leader.username(), "extensionNewDueAt", java.util.Date.from(newDue),
                        "extensionReason", reason.strip()));
        events.announce(dossier, leader);
    }

    private Dossier byCode(String code) {
        try {
            return dossiers.findByCode(new vn.motcua.dossier.domain.DossierCode(code))
                    .orElseThrow(() -> new NotFoundException("no dossier " + code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
    }

    /** The applicant's time limit for a supplement: the version's working days (default 15), from now. */
    private Instant supplementDue(Dossier dossier, Instant now) {
        Integer days = dossier.getProcedureVersion().getSupplementDays();
        return calendars.forUnit(dossier.getReceivingUnit().getCode()).plusWorkingTime(now,
                vn.motcua.calendar.WorkingCalendar.WORKING_DAY.multipliedBy(days == null ? 15 : days));
    }

    @Inject
    Consultations consultations;

    @Inject
    SupplementHandIn supplements;

    @Inject
    WithdrawalRequests withdrawals;

    @Inject
    vn.motcua.identity.Officials officials;

    @Inject
    OrgUnitRepository units;

    @Inject
    vn.motcua.calendar.WorkingCalendars calendars;

    private WorkItem openStepFor(Actor official, String taskId) {
        WorkItem item = worklist.byTaskId(taskId)
                .orElseThrow(() -> new NotFoundException("step " + taskId + " is not open"));
        if (!official.holds(item.getRole(), item.getUnitCode())) {
            throw new AccessDeniedException("official " + official.username() + " may not act on this step");
        }
        return item;
    }

    private Dossier dossierOf(WorkItem item) {
        return dossiers.findById(item.getDossierId())
                .orElseThrow(() -> new NotFoundException("dossier of step " + item.getTaskId() + " not found"));
    }
}
