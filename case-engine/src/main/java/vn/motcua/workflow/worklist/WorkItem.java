package vn.motcua.workflow.worklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.identity.Role;

/**
 * One open step of a dossier as the worklists see it: which unit and role may take it, and who holds it. Written in
 * the engine's transaction when a task is created, claimed or ended, so worklists never read the engine's tables.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "step_key", nullable = false, length = 100)
    private String stepKey;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 30)
    private Role role;

    @Column(length = 100)
    private String assignee;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "level_no")
    private Integer level;

    protected WorkItem() {
    }

    WorkItem(String taskId, long dossierId, String stepKey, String unitCode, Role role, String assignee,
             Instant createdAt) {
        this.taskId = taskId;
        this.dossierId = dossierId;
        this.stepKey = stepKey;
        this.unitCode = unitCode;
        this.role = role;
        this.assignee = assignee;
        this.createdAt = createdAt;
    }

    WorkItem atLevel(Integer level) {
        this.level = level;
        return this;
    }

    /** The level of the dossier's chain (1-based hop) this step belongs to; null for the desk's steps. */
    public Integer getLevel() {
        return level;
    }

    void assignTo(String username) {
        this.assignee = username;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public long getDossierId() {
        return dossierId;
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

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
