package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.calendar.Timeliness;
import vn.motcua.identity.Role;

/**
 * One row of the electronic process control sheet (form 06): a step handed to a unit and role when it opened, its
 * own due time from the step template's allocation, and who handed it on, when, and whether early, on time or late.
 */
@Entity
@Table(name = "dossier_step")
public class StepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "step_key", nullable = false, length = 100)
    private String stepKey;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 30)
    private Role role;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(length = 100)
    private String holder;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Timeliness result;

    @Column(name = "level_no")
    private Integer level;

    /** The level of the dossier's chain (1-based hop) the step belongs to; null for the desk's steps. */
    public StepRecord atLevel(Integer level) {
        this.level = level;
        return this;
    }

    public Integer getLevel() {
        return level;
    }

    protected StepRecord() {
    }

    public StepRecord(long dossierId, String taskId, String stepKey, String unitCode, Role role, Instant openedAt,
                      Instant dueAt) {
        this.dossierId = dossierId;
        this.taskId = taskId;
        this.stepKey = stepKey;
        this.unitCode = unitCode;
        this.role = role;
        this.openedAt = openedAt;
        this.dueAt = dueAt;
    }

    /** The holder hands the step on. */
    public void finish(String holder, Instant at, Timeliness result) {
        this.holder = holder;
        this.finishedAt = at;
        this.result = result;
    }

    public void redue(Instant due) {
        this.dueAt = due;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Role getRole() {
        return role;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Timeliness getResult() {
        return result;
    }
}
