package vn.motcua.web.worklist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.motcua.identity.Actor;
import vn.motcua.web.security.CurrentActor;
import vn.motcua.workflow.worklist.SavedWorklistFilters;
import vn.motcua.workflow.worklist.SavedWorklistFilters.SavedFilterView;
import vn.motcua.workflow.worklist.WorklistFilter;
import vn.motcua.workflow.worklist.WorklistFilter.Scope;
import vn.motcua.workflow.worklist.WorklistFilter.Sort;
import vn.motcua.workflow.worklist.WorklistFilter.State;
import vn.motcua.workflow.worklist.WorklistPage;
import vn.motcua.workflow.worklist.WorklistQueries;

/**
 * The official's worklist screen: my tasks or my unit's queue (or both, the default), filters, sortable columns,
 * paging and saved filters. The actions on rows are {@link WorklistCommands}.
 */
@Named
@ViewScoped
public class MyWorklist implements Serializable {

    @Inject
    transient WorklistQueries queries;

    @Inject
    transient SavedWorklistFilters saved;

    @Inject
    transient CurrentActor current;

    @Inject
    transient WorklistCommands commands;

    private Scope scope = Scope.OPEN_TO_ME;
    private String stepKey;
    private String procedureCode;
    private String text;
    private State state;
    private Sort sort = Sort.DUE;
    private boolean descending;
    private int page;
    private int size = WorklistFilter.DEFAULT_SIZE;
    private String filterName;
    private transient WorklistPage result;

    public WorklistPage getPage() {
        if (result == null) {
            result = queries.find(actor(), filter());
        }
        return result;
    }

    /** The rows, for the table (kept under this name for the pages that read it). */
    public List<vn.motcua.workflow.worklist.WorklistRow> getItems() {
        return getPage().rows();
    }

    public void search() {
        page = 0;
        result = null;
    }

    public void show(String scopeName) {
        scope = Scope.valueOf(scopeName);
        search();
    }

    /** A column header: the first click sorts ascending, the next on the same column descending. */
    public void sortBy(String column) {
        Sort chosen = Sort.valueOf(column);
        descending = chosen == sort && !descending;
        sort = chosen;
        search();
    }

    public String sortState(String column) {
        return Sort.valueOf(column) != sort ? "none" : descending ? "descending" : "ascending";
    }

    public void next() {
        page++;
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    public List<SavedFilterView> getSavedFilters() {
        return saved.list(actor());
    }

    public void saveFilter() {
        if (commands.perform(() -> saved.save(actor(), filterName, filter()), "worklist.filterSaved")) {
            filterName = null;
        }
    }

    public void applyFilter(long id) {
        getSavedFilters().stream().filter(v -> v.id() == id).findFirst().ifPresent(v -> {
            WorklistFilter f = v.filter();
            scope = f.scope();
            stepKey = f.stepKey();
            procedureCode = f.procedureCode();
            text = f.text();
            state = f.state();
            sort = f.sort();
            descending = f.descending();
            size = f.size();
            search();
        });
    }

    public void deleteFilter(long id) {
        commands.perform(() -> saved.delete(actor(), id), "worklist.filterDeleted");
    }

    /** After an action on a row the page is read again. */
    public void refresh() {
        result = null;
    }

    WorklistFilter filter() {
        return new WorklistFilter(scope, stepKey, procedureCode, text, state, sort, descending, page, size);
    }

    private Actor actor() {
        return current.actor();
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public State[] getStates() {
        return State.values();
    }

    public String getScope() {
        return scope.name();
    }

    public String getStepKey() {
        return stepKey;
    }

    public void setStepKey(String stepKey) {
        this.stepKey = stepKey;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getState() {
        return state == null ? null : state.name();
    }

    public void setState(String value) {
        this.state = value == null || value.isBlank() ? null : State.valueOf(value);
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }
}
