package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.identity.StandIns;
import vn.motcua.platform.transactions.RetriedOnConflict;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.WorkflowGateway.StepPosition;

/**
 * Who holds the open steps of a unit: an official claims a step of their unit and role and releases it; the unit's
 * head (or leader) assigns, reassigns, releases anybody's step and hands all the steps of an absent official to
 * another; the holder sends a step back to the previous one with a reason; the official who finished the previous
 * step takes it back while nobody has claimed the next. Each use case commits all or nothing and is audited.
 */
@ApplicationScoped
@RetriedOnConflict
public class WorklistActions {

    private static final Logger LOG = Logger.getLogger(WorklistActions.class.getName());

    @Inject
    Worklist worklist;

    @Inject
    WorklistQueries queries;

    @Inject
    StepHistory history;

    @Inject
    WorkflowGateway workflow;

    @Inject
    StandIns standIns;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StepTaken> taken;

    @Transactional
    public void claim(Actor official, String taskId) {
        WorkItem item = open(taskId);
        if (!official.holds(item.getRole(), item.getUnitCode())) {
            throw new AccessDeniedException("official " + official.username() + " may not take this step");
        }
        if (item.getAssignee() != null) {
            throw new InvalidRequestException("Bước này đã được cán bộ " + item.getAssignee() + " nhận xử lý");
        }
        workflow.claim(taskId, official.username());
        item.assignTo(official.username());
        record(official, "STEP_CLAIMED", item, "chưa có người xử lý", "giao " + official.username(), null);
        taken.fire(new StepTaken(taskId, item.getDossierId(), item.getStepKey(), official.username(), official));
    }

    /** The claimant, or a head of the step's unit, puts the step back into the unit's queue. */
    @Transactional
    public void release(Actor official, String taskId) {
        WorkItem item = open(taskId);
        if (item.getAssignee() == null) {
            throw new InvalidRequestException("Bước này chưa có ai nhận xử lý");
        }
        if (!item.getAssignee().equals(official.username()) && !headsUnit(official, item.getUnitCode())) {
            throw new AccessDeniedException("only the claimant or the unit head may release this step");
        }
        String before = item.getAssignee();
        workflow.release(taskId);
        item.assignTo(null);
        record(official, "STEP_RELEASED", item, "giao " + before, "trả về hàng chờ của đơn vị", null);
    }

    /** The unit head gives a step nobody holds to an official of the unit with the step's role. */
    @Transactional
    public String assign(Actor unitHead, String taskId, String username) {
        WorkItem item = headedStep(unitHead, taskId);
        if (item.getAssignee() != null) {
            throw new InvalidRequestException("Bước này đã giao cho " + item.getAssignee() + "; hãy dùng chuyển giao");
        }
        return giveTo(unitHead, item, username, "STEP_ASSIGNED", null);
    }

    /** The unit head moves a held step to another official of the unit with the step's role. */
    @Transactional
    public String reassign(Actor unitHead, String taskId, String username) {
        WorkItem item = headedStep(unitHead, taskId);
        if (item.getAssignee() == null) {
            throw new InvalidRequestException("Bước này chưa giao cho ai; hãy dùng phân công");
        }
        if (item.getAssignee().equals(username)) {
            throw new InvalidRequestException("Bước này đã giao cho " + username);
        }
        return giveTo(unitHead, item, username, "STEP_REASSIGNED", null);
    }

    /**
     * Every open step held by {@code fromUsername} in the units the actor heads goes to {@code toUsername} (who must
     * hold each step's role there), for an official who is absent.
     *
     * @return how many steps moved
     */
    @Transactional
    public int bulkReassign(Actor unitHead, String fromUsername, String toUsername) {
        if (fromUsername == null || fromUsername.isBlank() || toUsername == null || toUsername.isBlank()) {
            throw new InvalidRequestException("Cần chọn cán bộ vắng mặt và cán bộ nhận thay");
        }
        if (fromUsername.equals(toUsername)) {
            throw new InvalidRequestException("Cán bộ nhận thay phải khác cán bộ vắng mặt");
        }
        List<String> units = unitHead.grants().stream().filter(g -> g.role() == Role.UNIT_HEAD)
                .map(Actor.Grant::unitCode).filter(Objects::nonNull).distinct().toList();
        if (units.isEmpty()) {
            throw new AccessDeniedException("only a unit head may hand over an official's steps");
        }
        List<WorkItem> held = worklist.heldBy(fromUsername, units);
        for (WorkItem item : held) {
            giveTo(unitHead, item, toUsername, "STEP_REASSIGNED", "chuyển toàn bộ việc của cán bộ vắng mặt "
                    + fromUsername);
        }
        LOG.info(() -> unitHead.username() + " moved " + held.size() + " steps from " + fromUsername + " to "
                + toUsername);
        return held.size();
    }

    /**
     * The step goes back to the previous step of the same dossier and scope, to the official who finished it, with
     * the reason. Its holder (or, while nobody holds it, an official of its unit and role) or the unit head may do it.
     */
    @Transactional
    public String returnToPrevious(Actor official, String taskId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do trả lại bước trước");
        }
        WorkItem item = open(taskId);
        boolean holder = item.getAssignee() == null ? official.holds(item.getRole(), item.getUnitCode())
                : item.getAssignee().equals(official.username());
        if (!holder && !headsUnit(official, item.getUnitCode())) {
            throw new AccessDeniedException("official " + official.username() + " may not return this step");
        }
        StepRecord previous = previousOf(item);
        String to = moveBack(official, item, previous, previous.getHolder());
        record(official, "STEP_RETURNED", item, "bước " + item.getStepKey(),
                "trả lại bước " + previous.getStepKey() + " cho " + to, reason.strip());
        return to;
    }

    /** The official who finished the previous step takes it back while nobody has claimed the next one. */
    @Transactional
    public void recall(Actor official, String taskId) {
        WorkItem item = open(taskId);
        StepRecord previous = previousOf(item);
        if (!official.username().equals(previous.getHolder())) {
            throw new AccessDeniedException("only the official who finished the previous step may recall it");
        }
        if (item.getAssignee() != null) {
            throw new InvalidRequestException("Không thể thu hồi: bước tiếp theo đã được cán bộ "
                    + item.getAssignee() + " nhận xử lý");
        }
        moveBack(official, item, previous, official.username());
        record(official, "STEP_RECALLED", item, "bước " + item.getStepKey() + " chưa ai nhận",
                "thu hồi về bước " + previous.getStepKey() + " cho " + official.username(), null);
    }

    private StepRecord previousOf(WorkItem item) {
        StepRecord current = history.record(item.getTaskId())
                .orElseThrow(() -> new IllegalStateException("step " + item.getTaskId() + " has no control-sheet row"));
        StepPosition position = workflow.positionOf(item.getTaskId());
        return history.previous(current, position.scopeStartedAt(), key -> !key.equals(item.getStepKey())
                        && workflow.inSameContainer(position.processDefinitionId(), item.getStepKey(), key))
                .orElseThrow(() -> new InvalidRequestException("Bước " + item.getStepKey()
                        + " không có bước trước để trả lại hoặc thu hồi"));
    }

    private String moveBack(Actor official, WorkItem item, StepRecord previous, String holder) {
        history.record(item.getTaskId()).ifPresent(step -> history.close(step, official.username()));
        List<String> opened = workflow.moveStep(item.getTaskId(), previous.getStepKey());
        String to = holder;
        for (String newTask : opened) {
            WorkItem reopened = open(newTask);
            to = deputyOrSelf(official, reopened, holder);
            workflow.assign(newTask, to);
            reopened.assignTo(to);
        }
        return to;
    }

    private String giveTo(Actor unitHead, WorkItem item, String username, String action, String reason) {
        if (username == null || username.isBlank()) {
            throw new InvalidRequestException("Cần chọn cán bộ được giao");
        }
        if (!queries.isActiveOfficialWith(username, item.getRole(), item.getUnitCode())) {
            throw new InvalidRequestException("Cán bộ " + username + " không giữ vai trò " + item.getRole()
                    + " tại đơn vị " + item.getUnitCode() + " hoặc không còn làm việc");
        }
        String before = item.getAssignee();
        String to = deputyOrSelf(unitHead, item, username);
        workflow.assign(item.getTaskId(), to);
        item.assignTo(to);
        record(unitHead, action, item, before == null ? "chưa có người xử lý" : "giao " + before, "giao " + to, reason);
        taken.fire(new StepTaken(item.getTaskId(), item.getDossierId(), item.getStepKey(), to, unitHead));
        return to;
    }

    /** An official away today has their steps go to their stand-in, and the audit trail says so. */
    private String deputyOrSelf(Actor actor, WorkItem item, String username) {
        return standIns.deputyOf(username).map(deputy -> {
            record(actor, "STEP_ROUTED_TO_STAND_IN", item, "bước " + item.getStepKey() + " giao " + username,
                    "giao " + deputy, "người xử lý thay trong thời gian vắng mặt");
            return deputy;
        }).orElse(username);
    }

    private WorkItem headedStep(Actor official, String taskId) {
        WorkItem item = open(taskId);
        if (!headsUnit(official, item.getUnitCode())) {
            throw new AccessDeniedException("only the head of unit " + item.getUnitCode() + " may assign its steps");
        }
        return item;
    }

    private static boolean headsUnit(Actor official, String unitCode) {
        return official.holds(Role.UNIT_HEAD, unitCode) || official.holds(Role.LEADER, unitCode);
    }

    private WorkItem open(String taskId) {
        return worklist.byTaskId(taskId).orElseThrow(() -> new NotFoundException("step " + taskId + " is not open"));
    }

    private void record(Actor actor, String action, WorkItem item, String before, String after, String reason) {
        String code = history.dossier(item.getDossierId()).getCode().value();
        audit.record(actor, new AuditedChange(action, AuditTrail.DOSSIER, code, item.getUnitCode(),
                before, after, reason));
    }
}
