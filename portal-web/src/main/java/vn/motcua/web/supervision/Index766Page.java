package vn.motcua.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.motcua.statistics.application.Index766;

/**
 * The Decision 766 index of the scope's unit (an agency, or the province) for the period: six groups, each indicator
 * with its inputs, target and points; an indicator the system does not collect says "Không có dữ liệu".
 */
@Named
@ViewScoped
public class Index766Page extends ScopedPage {

    private Index766 index;

    public void load() {
        index = resolve() ? queries.index766(getScope(), getPeriod()) : null;
    }

    public Index766 getIndex() {
        return index;
    }

    /** Points with one decimal, or "Không có dữ liệu". */
    public String points(Double points) {
        return points == null ? messages.get("supervision.index766.noData")
                : String.format(new java.util.Locale("vi"), "%.1f", points);
    }

    /** A share as a percentage, or "Không có dữ liệu". */
    public String rate(Double rate) {
        return rate == null ? messages.get("supervision.index766.noData")
                : String.format(new java.util.Locale("vi"), "%.1f %%", rate * 100);
    }
}
