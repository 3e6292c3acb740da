package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogQuery;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ResultPage;
import vn.motcua.organization.UnitLevel;

/**
 * The public catalogue search: keywords with or without diacritics, field, level and online level, twenty results a
 * page. Everything comes from the query string, so a search can be bookmarked and shared; values that make no sense
 * (an unknown level, a page "abc") are ignored rather than refused.
 */
@Named
@RequestScoped
public class ProcedureSearch {

    static final int PAGE_SIZE = 20;

    /** The levels a procedure is carried out at, in the order the select offers them. */
    public static final List<String> LEVELS = List.of(UnitLevel.PROVINCE.name(), UnitLevel.DISTRICT.name(),
            UnitLevel.COMMUNE.name());

    @Inject
    Catalog catalog;

    private String q;
    private String field;
    private String level;
    private String onlineLevel;
    private String at;
    private String page;
    private ResultPage<ProcedureSummary> result;
    private List<String> fields;

    public void search() {
        result = catalog.search(new CatalogQuery(q, field, parse(UnitLevel.class, level),
                parse(OnlineLevel.class, onlineLevel), date(at), pageNumber(), PAGE_SIZE));
    }

    public ResultPage<ProcedureSummary> getResult() {
        if (result == null) {
            search();
        }
        return result;
    }

    public List<String> getFields() {
        if (fields == null) {
            fields = catalog.fields();
        }
        return fields;
    }

    public List<String> getLevels() {
        return LEVELS;
    }

    public List<String> getOnlineLevels() {
        return java.util.Arrays.stream(OnlineLevel.values()).map(Enum::name).toList();
    }

    /** The page numbers (zero-based) to link to. */
    public List<Integer> getPages() {
        return IntStream.range(0, getResult().pages()).boxed().toList();
    }

    /** The query string of this search on another page, e.g. {@code q=ket+hon&level=COMMUNE&page=1}. */
    public String query(int otherPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("field", field);
        params.put("level", level);
        params.put("onlineLevel", onlineLevel);
        params.put("at", at);
        List<String> parts = new ArrayList<>();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        parts.add("page=" + otherPage);
        return String.join("&", parts);
    }

    private int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(String onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
