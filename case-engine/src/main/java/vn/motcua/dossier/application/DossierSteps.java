package vn.motcua.dossier.application;

import static vn.motcua.dossier.application.StepOutcome.ACCEPT;
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
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
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

    private static final Map<String, Set<StepOutcome>> OUTCOMES = Map.of(
            Steps.DESK_RECEIVES, EnumSet.of(ACCEPT, REFUSE),
            Steps.SPECIALIST_HANDLES, EnumSet.of(SUBMIT_DRAFT),
            Steps.LEADER_APPROVES, EnumSet.of(APPROVE, RETURN_FOR_REWORK),
            Steps.CLERK_ISSUES, EnumSet.of(ISSUE),
            Steps.DESK_RETURNS_RESULT, EnumSet.of(HAND_OVER));

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

    /** The outcomes an official may choose at a step. */
    public static Set<StepOutcome> outcomesOf(String stepKey) {
        return OUTCOMES.getOrDefault(stepKey, Set.of());
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
        complete(official, taskId, outcome, reason, null);
    }

    /**
     * Completes a step. Approving signs the dossier's result in the leader's name (the leader re-confirms with
     * {@code signature}); issuing numbers it in the agency's register and seals it.
     *
     * @throws SigningNotConfirmedException when an approval comes without the leader's correct password
     */
    @Transactional
    public void complete(Actor official, String taskId, StepOutcome outcome, String reason, Signature signature) {
        WorkItem item = openStepFor(official, taskId);
        if (item.getAssignee() != null && !item.getAssignee().equals(official.username())) {
            throw new AccessDeniedException("step is held by another official");
        }
        if (!outcomesOf(item.getStepKey()).contains(outcome)) {
            throw new IllegalArgumentException("outcome " + outcome + " is not allowed at step " + item.getStepKey());
        }
        if (outcome.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a reason is required");
        }
        Dossier dossier = dossierOf(item);
        Instant now = clock.instant();
        String who = official.username();
        Map<String, Object> variables = switch (outcome) {
            case ACCEPT -> {
                legalTime.accept(dossier, now, who);
                yield Map.of(Variables.DESK_DECISION, "ACCEPT");
            }
            case REFUSE -> {
                dossier.refuse(reason, who, now);
                yield Map.of(Variables.DESK_DECISION, "REFUSE");
            }
            case SUBMIT_DRAFT -> {
                dossier.submitForApproval(reason, who, now);
                yield Map.of();
            }
            case APPROVE -> {
                if (signature == null) {
                    throw new SigningNotConfirmedException("nhập mật khẩu để xác nhận ký số kết quả");
                }
                confirmation.confirm(official, signature.password());
                dossier.approve(who, now);
                results.signByLeader(official, dossier, signature.capacity(), now);
                yield Map.of(Variables.LEADER_DECISION, "APPROVE");
            }
            case RETURN_FOR_REWORK -> {
                dossier.returnForRework(reason, who, now);
                yield Map.of(Variables.LEADER_DECISION, "RETURN");
            }
            case ISSUE -> {
                dossier.issueResult(who, now);
                results.numberAndSeal(official, dossier, now);
                yield Map.of();
            }
            case HAND_OVER -> {
                dossier.returnResult(who, now);
                yield Map.of();
            }
        };
        legalTime.stepFinished(dossier, taskId, who, now);
        workflow.complete(taskId, who, variables);
        events.announce(dossier, official);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": step " + item.getStepKey() + " completed with " + outcome);
    }

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
