package vn.motcua.catalog;

import java.util.List;

/**
 * What an import (or an administrator's save) did to the catalogue.
 *
 * @param changes   one line per procedure added or changed, e.g. "1.000894: sửa phiên bản 1 (fees, steps)"
 * @param untouched procedures in the catalogue that the file did not mention (left as they were)
 */
public record ImportReport(int added, int changed, int unchanged, int untouched, List<String> changes) {

    public ImportReport {
        changes = List.copyOf(changes);
    }

    public boolean changedNothing() {
        return added == 0 && changed == 0;
    }

    public String summary() {
        return "thêm " + added + ", sửa " + changed + ", không đổi " + unchanged + ", không có trong tệp " + untouched;
    }
}
