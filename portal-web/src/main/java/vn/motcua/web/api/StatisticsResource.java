package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Index766;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.PeriodKind;
import vn.motcua.statistics.application.ResultPage;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.application.SupervisionService;
import vn.motcua.statistics.application.TrendPoint;

/**
 * Open data on the one-stop service: the periodic summary (JSON or CSV), the Decision 766 index, the dashboard's
 * aggregates and the overdue list, for the province or any unit of it. Every answer carries a {@code Server-Timing}
 * header with the time the server spent in the queries ({@code db;dur=} milliseconds). Open data: no credentials are
 * needed (the anonymous rate limit applies).
 */
@Path("v1/statistics")
@RequestScoped
@Tag(name = "statistics", description = "Thống kê mở: tiếp nhận, giải quyết, chỉ số 766")
public class StatisticsResource {

    static final String CSV = "text/csv";
    static final int MAX_DAYS = 3660;
    static final int MAX_PAGE_SIZE = 200;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private static final String PROBLEM_EXAMPLE = """
            {"type":"about:blank","title":"Yêu cầu không hợp lệ","status":400,\
            "detail":"Tham số groupBy phải là một trong [UNIT, FIELD, PROCEDURE, LEVEL, MONTH], nhận được \\"day\\""}""";

    @Inject
    SupervisionService statistics;

    @Context
    HttpHeaders headers;

    /** The dashboard's aggregates of a period: headline indicators, trend by day (month for a year), bottlenecks. */
    public record Dashboard(String unit, Period period, Kpis kpis, List<TrendPoint> trend,
                            List<Bottleneck> bottlenecks) {
    }

    /** A dossier overdue now, as open data: no holder. */
    public record Overdue(String dossierCode, String procedureCode, String procedureName, String unitCode,
                          String unitName, Instant dueAt, long workingDaysOverdue) {
    }

    /** One page of the overdue list. */
    public record OverduePage(List<Overdue> rows, long total, int page, int size) {
    }

    @GET
    @Path("summary")
    @Produces({MediaType.APPLICATION_JSON, CSV + ";charset=UTF-8"})
    @Operation(summary = "Báo cáo tổng hợp tiếp nhận và giải quyết hồ sơ",
            description = "Số hồ sơ tiếp nhận, đã giải quyết (trước hạn, đúng hạn, quá hạn) và đang giải quyết (quá hạn) "
                    + "trong kỳ, theo đơn vị, lĩnh vực, thủ tục, cấp hoặc tháng. Accept: text/csv trả về CSV (UTF-8, "
                    + "tiêu đề tiếng Việt).")
    @APIResponse(responseCode = "200", description = "Các dòng của báo cáo, sắp theo mã", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "byUnit", value = """
                    [{"key":"000.00.00.H29","label":"Ủy ban nhân dân Thành phố Hồ Chí Minh","received":12,\
                    "resolved":9,"resolvedEarly":4,"resolvedOnTime":4,"resolvedLate":1,"inProgress":3,\
                    "inProgressOverdue":1}]""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "byUnitCsv", value = """
                    Mã,Tên,Tiếp nhận,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết,Đang giải quyết quá hạn
                    000.00.00.H29,Ủy ban nhân dân Thành phố Hồ Chí Minh,12,9,4,4,1,3,1
                    """))})
    @APIResponse(responseCode = "400", description = "Tham số không hợp lệ (nêu tên tham số)", content =
            @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "badGroupBy",
                    value = PROBLEM_EXAMPLE)))
    public Response summary(
            @QueryParam("from") @Parameter(required = true, description = "Ngày đầu kỳ (yyyy-MM-dd)",
                    example = "2026-07-01") String from,
            @QueryParam("to") @Parameter(required = true, description = "Ngày cuối kỳ, tính cả ngày này",
                    example = "2026-09-30") String to,
            @QueryParam("unit") @Parameter(description = "Mã đơn vị; mặc định cả tỉnh", example = "000.00.00.H29")
            String unit,
            @QueryParam("groupBy") @Parameter(description = "unit, field, procedure, level hoặc month; mặc định unit",
                    example = "unit") String groupBy) {
        long started = System.nanoTime();
        Period period = period(from, to);
        GroupBy grouping = Params.choice("groupBy", groupBy, GroupBy.class);
        List<SummaryRow> rows = statistics.summary(scope(unit), period, grouping == null ? GroupBy.UNIT : grouping);
        if (wantsCsv()) {
            return timed(Response.ok(csv(rows), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"bao-cao-tong-hop.csv\""), started);
        }
        return timed(Response.ok(rows, MediaType.APPLICATION_JSON), started);
    }

    @GET
    @Path("index-766")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bộ chỉ số 766 của tỉnh hoặc một cơ quan",
            description = "Sáu nhóm chỉ số với tử số, mẫu số, tỷ lệ, chỉ tiêu và điểm. Chỉ số hệ thống chưa thu thập "
                    + "có collected=false và không có số liệu (không phải 0).")
    @APIResponse(responseCode = "200", description = "Chỉ số 766 của kỳ", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "quarter", value = """
                    {"unitCode":"000.00.00.H29","unitName":"Ủy ban nhân dân Thành phố Hồ Chí Minh",\
                    "period":{"from":"2026-07-01","to":"2026-09-30"},"groups":[{"number":2,\
                    "name":"Tiến độ giải quyết","maxPoints":20.0,"indicators":[{"code":"2.1",\
                    "name":"Hồ sơ xử lý đúng hạn hoặc còn trong hạn","collected":true,"numerator":6,\
                    "denominator":8,"rate":0.75,"target":1.0,"maxPoints":10.0,"points":7.5}],"points":7.5}],\
                    "points":7.5}""")))
    @APIResponse(responseCode = "400", description = "Tham số không hợp lệ (nêu tên tham số)", content =
            @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "badPeriod", value = """
                    {"type":"about:blank","title":"Yêu cầu không hợp lệ","status":400,\
                    "detail":"Tham số period phải có dạng 2026, 2026-Q3 hoặc 2026-09, nhận được \\"Q3\\""}""")))
    public Response index766(
            @QueryParam("unit") @Parameter(description = "Mã cơ quan; mặc định cả tỉnh", example = "000.00.00.H29")
            String unit,
            @QueryParam("period") @Parameter(required = true, description = "Năm (2026), quý (2026-Q3) hoặc tháng "
                    + "(2026-09)", example = "2026-Q3") String period) {
        long started = System.nanoTime();
        Index766 index = statistics.index766(scope(unit), namedPeriod(period));
        return timed(Response.ok(index, MediaType.APPLICATION_JSON), started);
    }

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Số liệu tổng hợp của bảng điều khiển giám sát",
            description = "Chỉ tiêu chính, xu hướng theo ngày (theo tháng với kỳ một năm) và các bước, đơn vị có nhiều "
                    + "lượt chuyển quá hạn nhất trong kỳ.")
    @APIResponse(responseCode = "200", description = "Số liệu của kỳ", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "quarter", value = """
                    {"unit":"000.00.00.H29","period":{"from":"2026-07-01","to":"2026-09-30"},\
                    "kpis":{"received":12,"receivedInPerson":5,"receivedOnline":6,"receivedPostal":1,"resolved":9,\
                    "resolvedEarly":4,"resolvedOnTime":4,"resolvedLate":1,"inProgressWithinTime":2,\
                    "inProgressOverdue":1,"inProgressDueSoon":1,"paused":0,"averageProcessingDays":6.5,\
                    "p90ProcessingDays":11.0},"trend":[{"bucketStart":"2026-07-01","received":1,"resolved":0,\
                    "resolvedLate":0}],"bottlenecks":[{"stepKey":"appraise","unitCode":"000.00.00.H29",\
                    "unitName":"Ủy ban nhân dân Thành phố Hồ Chí Minh","handovers":4,"lateHandovers":1}]}""")))
    @APIResponse(responseCode = "400", description = "Tham số không hợp lệ (nêu tên tham số)", content =
            @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknownUnit", value = """
                    {"type":"about:blank","title":"Yêu cầu không hợp lệ","status":400,\
                    "detail":"Tham số unit: không có đơn vị mã 000.00.00.X99"}""")))
    public Response dashboard(
            @QueryParam("unit") @Parameter(description = "Mã đơn vị; mặc định cả tỉnh", example = "000.00.00.H29")
            String unit,
            @QueryParam("period") @Parameter(required = true, description = "Năm, quý hoặc tháng",
                    example = "2026-Q3") String period) {
        long started = System.nanoTime();
        StatisticsScope scope = scope(unit);
        Period span = namedPeriod(period);
        PeriodKind bucket = ChronoUnit.DAYS.between(span.from(), span.to()) > 100 ? PeriodKind.MONTH : PeriodKind.DAY;
        Dashboard dashboard = new Dashboard(scope.unitCode(), span, statistics.kpis(scope, span),
                statistics.trend(scope, span, bucket), statistics.bottlenecks(scope, span, 10));
        return timed(Response.ok(dashboard, MediaType.APPLICATION_JSON), started);
    }

    @GET
    @Path("overdue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hồ sơ đang quá hạn", description = "Hồ sơ chưa giải quyết xong đã quá ngày hẹn trả, quá hạn "
            + "lâu nhất trước; theo trang (trang đầu là 0).")
    @APIResponse(responseCode = "200", description = "Một trang danh sách", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "firstPage", value = """
                    {"rows":[{"dossierCode":"000.00.00.H29-260901-0001","procedureCode":"1.001193",\
                    "procedureName":"Đăng ký khai sinh","unitCode":"000.00.00.H29",\
                    "unitName":"Ủy ban nhân dân Thành phố Hồ Chí Minh","dueAt":"2026-09-05T10:00:00Z",\
                    "workingDaysOverdue":3}],"total":1,"page":0,"size":20}""")))
    @APIResponse(responseCode = "400", description = "Tham số không hợp lệ (nêu tên tham số)", content =
            @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "badSize", value = """
                    {"type":"about:blank","title":"Yêu cầu không hợp lệ","status":400,\
                    "detail":"Tham số size phải là số nguyên từ 1 đến 200, nhận được \\"0\\""}""")))
    public Response overdue(
            @QueryParam("unit") @Parameter(description = "Mã đơn vị; mặc định cả tỉnh", example = "000.00.00.H29")
            String unit,
            @QueryParam("page") @Parameter(description = "Số trang, từ 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "Số dòng một trang, 1 đến 200", example = "20")
            String size) {
        long started = System.nanoTime();
        int pageNo = number("page", page, 0, 0, 1_000_000);
        int pageSize = number("size", size, 20, 1, MAX_PAGE_SIZE);
        ResultPage<OverdueDossier> found = statistics.overdueNow(scope(unit), pageNo, pageSize);
        List<Overdue> rows = found.rows().stream().map(o -> new Overdue(o.dossierCode(), o.procedureCode(),
                o.procedureName(), o.unitCode(), o.unitName(), o.dueAt(), o.workingDaysOverdue())).toList();
        return timed(Response.ok(new OverduePage(rows, found.total(), found.page(), found.size()),
                MediaType.APPLICATION_JSON), started);
    }

    private StatisticsScope scope(String unit) {
        try {
            return statistics.openScope(unit);
        } catch (InvalidRequestException e) {
            throw new IllegalArgumentException("Tham số unit: không có đơn vị mã " + unit);
        }
    }

    private static Period period(String from, String to) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        if (first == null) {
            throw new IllegalArgumentException("Thiếu tham số from (ngày đầu kỳ, yyyy-MM-dd)");
        }
        if (last == null) {
            throw new IllegalArgumentException("Thiếu tham số to (ngày cuối kỳ, yyyy-MM-dd)");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Tham số to phải không trước from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("Tham số to: kỳ dài tối đa " + MAX_DAYS + " ngày kể từ from");
        }
        return new Period(first, last);
    }

    /** A year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month ({@code 2026-09}). */
    static Period namedPeriod(String value) {
        String text = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Thiếu tham số period (2026, 2026-Q3 hoặc 2026-09)");
        }
        Matcher quarter = QUARTER.matcher(text);
        Matcher month = MONTH.matcher(text);
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            return Period.containing(PeriodKind.QUARTER, LocalDate.of(Integer.parseInt(quarter.group(1)),
                    3 * q - 2, 1));
        }
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new Period(ym.atDay(1), ym.atEndOfMonth());
        }
        if (YEAR.matcher(text).matches()) {
            return Period.containing(PeriodKind.YEAR, LocalDate.of(Integer.parseInt(text), 1, 1));
        }
        throw new IllegalArgumentException("Tham số period phải có dạng 2026, 2026-Q3 hoặc 2026-09, nhận được \""
                + value + "\"");
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Tham số " + name + " phải là số nguyên từ " + min + " đến " + max
                    + ", nhận được \"" + value + "\"");
        }
    }

    private boolean wantsCsv() {
        return headers.getAcceptableMediaTypes().stream()
                .filter(t -> !t.isWildcardType())
                .findFirst()
                .map(t -> t.getType().equals("text") && t.getSubtype().equals("csv"))
                .orElse(false);
    }

    static String csv(List<SummaryRow> rows) {
        StringBuilder out = new StringBuilder("Mã,Tên,Tiếp nhận,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,"
                + "Đang giải quyết,Đang giải quyết quá hạn\r\n");
        for (SummaryRow r : rows) {
            out.append(cell(r.key())).append(',').append(cell(r.label())).append(',').append(r.received())
                    .append(',').append(r.resolved()).append(',').append(r.resolvedEarly()).append(',')
                    .append(r.resolvedOnTime()).append(',').append(r.resolvedLate()).append(',')
                    .append(r.inProgress()).append(',').append(r.inProgressOverdue()).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet does not run it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static Response timed(Response.ResponseBuilder response, long started) {
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        return response.header("Server-Timing", String.format(Locale.ROOT, "db;dur=%.1f", millis)).build();
    }
}
