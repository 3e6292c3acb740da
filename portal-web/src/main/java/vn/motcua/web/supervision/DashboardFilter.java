package vn.motcua.web.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.PeriodKind;

/**
 * The dashboard's choices as they travel in the address (GET parameters): {@code period} (day, week, month,
 * quarter, year, custom), {@code date} (a day inside the period, default today), {@code from} and {@code to} (a
 * custom period), {@code unit}, {@code level}, {@code field}, {@code procedure} (the scope), {@code group} (the
 * summary's grouping) and {@code page} (of the overdue list). Blank means "not chosen".
 */
public class DashboardFilter implements Serializable {

    private String period = "month";
    private String date;
    private String from;
    private String to;
    private String unit;
    private String level;
    private String field;
    private String procedure;
    private String group = "unit";
    private Integer page;

    /** The chosen period; throws {@link IllegalArgumentException} with the reason when the choice is not valid. */
    public Period resolve(LocalDate today) {
        PeriodKind kind = kind();
        if (kind == PeriodKind.CUSTOM) {
            if (blank(from) || blank(to)) {
                throw new IllegalArgumentException("supervision.period.customNeedsDates");
            }
            LocalDate start = day(from);
            LocalDate end = day(to);
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("supervision.period.endBeforeStart");
            }
            return new Period(start, end);
        }
        return Period.containing(kind, blank(date) ? today : day(date));
    }

    public PeriodKind kind() {
        try {
            return PeriodKind.valueOf((blank(period) ? "month" : period).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("supervision.period.unknown");
        }
    }

    public GroupBy groupBy() {
        try {
            return GroupBy.valueOf((blank(group) ? "unit" : group).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("supervision.group.unknown");
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("supervision.period.badDate");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    public int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
