package vn.motcua.statistics.export;

import static vn.motcua.statistics.export.ExportTable.CellKind.COUNT;
import static vn.motcua.statistics.export.ExportTable.CellKind.DATE;
import static vn.motcua.statistics.export.ExportTable.CellKind.DATE_TIME;
import static vn.motcua.statistics.export.ExportTable.CellKind.DECIMAL;
import static vn.motcua.statistics.export.ExportTable.CellKind.PERCENT;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Index766;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.Rate;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.application.TrendPoint;
import vn.motcua.statistics.export.ExportTable.Column;

/**
 * The dashboard's tables as export tables, with Vietnamese headers: the headline indicators, the trend, the summary
 * by unit, field, procedure, level or month, the bottlenecks, the dossiers overdue now and the Decision 766 index.
 */
public final class SupervisionTables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SupervisionTables() {
    }

    /** "Phường Thủ Dầu Một — từ 01/11/2026 đến 30/11/2026": what a table covers. */
    public static String subtitle(String scopeName, Period period) {
        return scopeName + " — từ ngày " + period.from().format(DAY) + " đến ngày " + period.to().format(DAY);
    }

    public static String groupHeader(GroupBy groupBy) {
        return switch (groupBy) {
            case UNIT -> "Đơn vị";
            case FIELD -> "Lĩnh vực";
            case PROCEDURE -> "Thủ tục hành chính";
            case LEVEL -> "Cấp";
            case MONTH -> "Tháng";
        };
    }

    public static ExportTable summary(List<SummaryRow> rows, GroupBy groupBy, String subtitle) {
        List<Column> columns = List.of(Column.text("Mã"), Column.text(groupHeader(groupBy)),
                Column.count("Tiếp nhận"), Column.count("Đã giải quyết"), Column.count("Trước hạn"),
                Column.count("Đúng hạn"), Column.count("Quá hạn"), Column.count("Đang giải quyết"),
                Column.count("Đang giải quyết quá hạn"));
        List<List<Object>> values = rows.stream().map(r -> List.<Object>of(r.key(), r.label(), r.received(),
                r.resolved(), r.resolvedEarly(), r.resolvedOnTime(), r.resolvedLate(), r.inProgress(),
                r.inProgressOverdue())).toList();
        return new ExportTable("Theo " + groupHeader(groupBy).toLowerCase(java.util.Locale.ROOT),
                "Tình hình giải quyết hồ sơ theo " + groupHeader(groupBy).toLowerCase(java.util.Locale.ROOT),
                subtitle, columns, values, true);
    }

    public static ExportTable bottlenecks(List<Bottleneck> rows, String subtitle) {
        List<Column> columns = List.of(Column.text("Bước xử lý"), Column.text("Mã đơn vị"), Column.text("Đơn vị"),
                Column.count("Số lần chuyển"), Column.count("Số lần chậm"), Column.number("Tỷ lệ chậm", PERCENT));
        List<List<Object>> values = rows.stream().map(b -> Arrays.<Object>asList(b.stepKey(), b.unitCode(),
                b.unitName(), b.handovers(), b.lateHandovers(),
                orNoData(new Rate(b.lateHandovers(), b.handovers()).value()))).toList();
        return new ExportTable("Điểm nghẽn", "Các bước, đơn vị chậm nhiều nhất", subtitle, columns, values, true);
    }

    public static ExportTable overdue(List<OverdueDossier> rows, String subtitle) {
        List<Column> columns = List.of(Column.text("Mã hồ sơ"), Column.text("Mã thủ tục"), Column.text("Thủ tục"),
                Column.text("Đơn vị"), Column.text("Người đang giữ"), Column.text("Bước đang xử lý"),
                Column.number("Hạn giải quyết", DATE_TIME), Column.number("Số ngày làm việc quá hạn", COUNT));
        List<List<Object>> values = rows.stream().map(o -> Arrays.<Object>asList(o.dossierCode(), o.procedureCode(),
                o.procedureName(), o.unitName(), o.holder() == null ? "Chưa có người nhận" : o.holder(),
                o.stepKey(), o.dueAt(), o.workingDaysOverdue())).toList();
        return new ExportTable("Quá hạn", "Hồ sơ đang quá hạn", subtitle, columns, values, false);
    }

    public static ExportTable trend(List<TrendPoint> points, String subtitle) {
        List<Column> columns = List.of(Column.number("Từ ngày", DATE), Column.count("Tiếp nhận"),
                Column.count("Đã giải quyết"), Column.count("Giải quyết quá hạn"));
        List<List<Object>> values = points.stream().map(p -> List.<Object>of(p.bucketStart(), p.received(),
                p.resolved(), p.resolvedLate())).toList();
        return new ExportTable("Xu hướng", "Xu hướng tiếp nhận và giải quyết", subtitle, columns, values, true);
    }

    /** The headline indicators: one row each, counts with no denominator, rates with their inputs. */
    public static ExportTable kpis(Kpis k, String subtitle) {
        List<Column> columns = List.of(Column.text("Chỉ tiêu"), Column.number("Giá trị", DECIMAL),
                Column.number("Tử số", COUNT), Column.number("Mẫu số", COUNT), Column.number("Tỷ lệ", PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        count(rows, "Hồ sơ tiếp nhận", k.received());
        count(rows, "Tiếp nhận trực tiếp", k.receivedInPerson());
        count(rows, "Tiếp nhận trực tuyến", k.receivedOnline());
        count(rows, "Tiếp nhận qua bưu chính", k.receivedPostal());
        count(rows, "Đã giải quyết", k.resolved());
        count(rows, "Giải quyết trước hạn", k.resolvedEarly());
        count(rows, "Giải quyết đúng hạn", k.resolvedOnTime());
        count(rows, "Giải quyết quá hạn", k.resolvedLate());
        count(rows, "Đang giải quyết trong hạn", k.inProgressWithinTime());
        count(rows, "Đang giải quyết quá hạn", k.inProgressOverdue());
        count(rows, "Sắp đến hạn", k.inProgressDueSoon());
        count(rows, "Tạm dừng", k.paused());
        rows.add(Arrays.asList("Thời gian giải quyết trung bình (ngày)", orNoData(k.averageProcessingDays()), null,
                null, null));
        rows.add(Arrays.asList("Thời gian giải quyết phân vị 90 (ngày)", orNoData(k.p90ProcessingDays()), null, null,
                null));
        rate(rows, "Tỷ lệ hồ sơ trực tuyến", k.onlineRate());
        rate(rows, "Tỷ lệ hồ sơ trực tuyến toàn trình", k.fullOnlineRate());
        rate(rows, "Tỷ lệ số hóa hồ sơ", k.digitisationRate());
        rate(rows, "Tỷ lệ thanh toán trực tuyến", k.onlinePaymentRate());
        rate(rows, "Tỷ lệ hài lòng", k.satisfactionRate());
        return new ExportTable("Chỉ tiêu", "Các chỉ tiêu chính", subtitle, columns, rows, false);
    }

    private static void count(List<List<Object>> rows, String name, long value) {
        rows.add(Arrays.asList(name, value, null, null, null));
    }

    private static void rate(List<List<Object>> rows, String name, Rate rate) {
        rows.add(Arrays.asList(name, null, rate.numerator(), rate.denominator(), orNoData(rate.value())));
    }

    /** A measure, or the words "Chưa có dữ liệu" when there was nothing to compute it from. */
    private static Object orNoData(Double value) {
        return value == null ? ExportTable.NO_DATA : value;
    }

    /** The Decision 766 index: one row per indicator, then one per group and the total; "no data" stays empty. */
    public static ExportTable index766(Index766 index, String subtitle) {
        List<Column> columns = List.of(Column.text("Nhóm"), Column.text("Mã chỉ số"), Column.text("Chỉ số"),
                Column.number("Tử số", COUNT), Column.number("Mẫu số", COUNT), Column.number("Tỷ lệ", PERCENT),
                Column.number("Mục tiêu", PERCENT), Column.number("Điểm tối đa", DECIMAL),
                Column.number("Điểm", DECIMAL));
        List<List<Object>> rows = new ArrayList<>();
        for (Index766.Group group : index.groups()) {
            String groupName = group.number() + ". " + group.name();
            for (Index766.Indicator i : group.indicators()) {
                Object noData = i.collected() ? null : "Không có dữ liệu";
                rows.add(Arrays.asList(groupName, i.code(), i.name(),
                        i.collected() ? i.numerator() : noData, i.collected() ? i.denominator() : noData,
                        i.collected() ? orNoData(i.rate()) : noData, i.target(), i.maxPoints(),
                        i.collected() ? orNoData(i.points()) : noData));
            }
            rows.add(Arrays.asList(groupName, null, "Cộng nhóm", null, null, null, null, group.maxPoints(),
                    orNoData(group.points())));
        }
        rows.add(Arrays.asList("Tổng điểm", null, index.unitName(), null, null, null, null, 100.0,
                orNoData(index.points())));
        return new ExportTable("Chỉ số 766", "Bộ chỉ số 766 — " + index.unitName(), subtitle, columns, rows, false);
    }
}
