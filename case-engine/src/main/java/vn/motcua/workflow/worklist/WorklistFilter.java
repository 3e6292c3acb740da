package vn.motcua.workflow.worklist;

import java.util.Locale;

/**
 * What an official asks of a worklist: whose steps ({@link Scope}), narrowed by step, procedure, a text matching the
 * dossier code or the applicant's name, and the state against the step's due time; sorted and cut into pages.
 *
 * @param page zero-based page number
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 */
public record WorklistFilter(Scope scope, String stepKey, String procedureCode, String text, State state, Sort sort,
                             boolean descending, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Whose steps. */
    public enum Scope {
        /** Steps assigned to me. */
        MINE,
        /** Steps nobody holds yet, in the units and roles I hold. */
        UNIT_QUEUE,
        /** Mine and my unit queue together: every step I may work on now. */
        OPEN_TO_ME,
        /** Every open step of the units I hold a role in. */
        ALL_OF_MY_UNITS
    }

    /** Where an open step stands against its due time. */
    public enum State {
        DUE_SOON, OVERDUE, ON_TIME
    }

    public enum Sort {
        CODE, RECEIVED, DUE, STEP
    }

    public WorklistFilter {
        scope = scope == null ? Scope.MINE : scope;
        stepKey = blankToNull(stepKey);
        procedureCode = blankToNull(procedureCode);
        text = blankToNull(text);
        sort = sort == null ? Sort.DUE : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** My steps, the earliest due first. */
    public static WorklistFilter of(Scope scope) {
        return new WorklistFilter(scope, null, null, null, null, Sort.DUE, false, 0, DEFAULT_SIZE);
    }

    public WorklistFilter withStepKey(String value) {
        return new WorklistFilter(scope, value, procedureCode, text, state, sort, descending, 0, size);
    }

    public WorklistFilter withProcedureCode(String value) {
        return new WorklistFilter(scope, stepKey, value, text, state, sort, descending, 0, size);
    }

    public WorklistFilter withText(String value) {
        return new WorklistFilter(scope, stepKey, procedureCode, value, state, sort, descending, 0, size);
    }

    public WorklistFilter withState(State value) {
        return new WorklistFilter(scope, stepKey, procedureCode, text, value, sort, descending, 0, size);
    }

    public WorklistFilter sortedBy(Sort value, boolean desc) {
        return new WorklistFilter(scope, stepKey, procedureCode, text, state, value, desc, 0, size);
    }

    public WorklistFilter page(int number, int rows) {
        return new WorklistFilter(scope, stepKey, procedureCode, text, state, sort, descending, number, rows);
    }

    /** The text as a case-insensitive LIKE pattern (wildcards typed by the user are taken literally). */
    String textPattern() {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
