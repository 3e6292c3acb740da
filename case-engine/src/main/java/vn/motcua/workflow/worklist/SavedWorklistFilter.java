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
import java.util.Objects;

/** A worklist filter an official saved under a name of their own, to apply again; saving the same name replaces it. */
@Entity
@Table(name = "saved_worklist_filter")
public class SavedWorklistFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorklistFilter.Scope scope;

    @Column(name = "step_key", length = 100)
    private String stepKey;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(name = "search_text", length = 100)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private WorklistFilter.State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_by", nullable = false, length = 20)
    private WorklistFilter.Sort sortBy;

    @Column(nullable = false)
    private boolean descending;

    @Column(name = "page_size", nullable = false)
    private int pageSize;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SavedWorklistFilter() {
    }

    SavedWorklistFilter(long accountId, String name, WorklistFilter filter, Instant at) {
        this.accountId = accountId;
        this.name = Objects.requireNonNull(name, "name is required");
        replaceWith(filter, at);
    }

    void replaceWith(WorklistFilter filter, Instant at) {
        this.scope = filter.scope();
        this.stepKey = filter.stepKey();
        this.procedureCode = filter.procedureCode();
        this.searchText = filter.text();
        this.state = filter.state();
        this.sortBy = filter.sort();
        this.descending = filter.descending();
        this.pageSize = filter.size();
        this.savedAt = at;
    }

    /** The filter as saved, from its first page. */
    public WorklistFilter filter() {
        return new WorklistFilter(scope, stepKey, procedureCode, searchText, state, sortBy, descending, 0, pageSize);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }
}
