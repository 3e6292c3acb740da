package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A dossier a citizen is preparing online, saved at every step of the guided form so that it can be resumed: the
 * answers so far and the file chosen for each component, as JSON, and the last step reached. Removed when the dossier
 * is submitted.
 */
@Entity
@Table(name = "filing_draft")
public class FilingDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_account", nullable = false)
    private Long ownerAccount;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "answers", nullable = false, columnDefinition = "TEXT")
    private String answers;

    @Column(name = "components", nullable = false, columnDefinition = "TEXT")
    private String components;

    @Column(name = "step_reached", nullable = false)
    private int stepReached;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FilingDraft() {
    }

    public FilingDraft(long ownerAccount, String procedureCode, Instant at) {
        this.ownerAccount = ownerAccount;
        this.procedureCode = Objects.requireNonNull(procedureCode, "procedure code is required");
        this.answers = "{}";
        this.components = "{}";
        this.stepReached = 1;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Saves the answers and files as they stand after a step; the step reached only grows. */
    public void save(String answers, String components, int step, Instant at) {
        this.answers = Objects.requireNonNull(answers, "answers are required");
        this.components = Objects.requireNonNull(components, "components are required");
        this.stepReached = Math.max(stepReached, step);
        this.updatedAt = at;
    }

    public boolean ownedBy(Long account) {
        return ownerAccount.equals(account);
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerAccount() {
        return ownerAccount;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getAnswers() {
        return answers;
    }

    public String getComponents() {
        return components;
    }

    public int getStepReached() {
        return stepReached;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
