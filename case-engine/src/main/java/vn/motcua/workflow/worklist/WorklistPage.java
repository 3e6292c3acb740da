package vn.motcua.workflow.worklist;

import java.util.List;

/** One page of a worklist and how many rows the filter matches in all. */
public record WorklistPage(List<WorklistRow> rows, long total, int page, int size) {

    public WorklistPage {
        rows = List.copyOf(rows);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
