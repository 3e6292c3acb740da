package vn.motcua.statistics.application;

import java.util.List;

/**
 * The Decision 766 index's groups and indicators (DOMAIN.md §1.7), and which of them this system collects. An
 * indicator not collected is shown as "no data", never as 0.
 */
public final class Index766Indicators {

    /** Group names, 1 to 6. */
    public static final List<String> GROUP_NAMES = List.of("Công khai, minh bạch", "Tiến độ giải quyết",
            "Dịch vụ công trực tuyến", "Số hóa hồ sơ", "Thanh toán trực tuyến", "Mức độ hài lòng");

    /** Group maxima, 100 points in all. */
    public static final double[] GROUP_MAX = {18, 20, 12, 22, 10, 18};

    /**
     * One indicator.
     *
     * @param collected     whether this system holds its inputs
     * @param defaultTarget its target when configuration names none
     */
    public record Definition(String code, int group, String name, boolean collected, double defaultTarget) {
    }

    public static final List<Definition> DEFINITIONS = List.of(
            new Definition("1.1", 1, "Thủ tục hành chính được công bố đúng hạn", false, 1.0),
            new Definition("1.2", 1, "Thủ tục hành chính được công khai trên Cơ sở dữ liệu quốc gia đúng hạn", false,
                    1.0),
            new Definition("1.3", 1, "Thủ tục hành chính có đầy đủ thành phần hồ sơ", false, 1.0),
            new Definition("1.4", 1, "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", true, 1.0),
            new Definition("2.1", 2, "Hồ sơ xử lý đúng hạn hoặc còn trong hạn", true, 1.0),
            new Definition("2.2", 2, "Hồ sơ đã giải quyết trước hạn và đúng hạn", true, 1.0),
            new Definition("3.1", 3, "Thủ tục hành chính cung cấp dịch vụ công trực tuyến một phần hoặc toàn trình",
                    true, 0.8),
            new Definition("3.2", 3, "Thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", false,
                    1.0),
            new Definition("3.3", 3, "Thủ tục có phát sinh hồ sơ trực tuyến", true, 1.0),
            new Definition("3.4", 3, "Hồ sơ trực tuyến nhân hệ số đồng bộ", false, 0.5),
            new Definition("4.1", 4, "Hồ sơ giải quyết có kết quả điện tử", true, 1.0),
            new Definition("4.2", 4, "Hồ sơ được số hóa", true, 0.8),
            new Definition("4.3", 4, "Hồ sơ tái sử dụng thành phần đã số hóa", true, 0.8),
            new Definition("4.4", 4, "Hồ sơ sử dụng kho dữ liệu cá nhân hoặc kết quả điện tử đã đồng bộ", false, 1.0),
            new Definition("4.5", 4, "Hồ sơ khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư", false, 1.0),
            new Definition("5.1", 5, "Thủ tục có thu phí được đồng bộ dữ liệu phí, lệ phí", false, 0.8),
            new Definition("5.2", 5, "Hồ sơ thanh toán trực tuyến", true, 1.0),
            new Definition("6.1", 6, "Phản ánh, kiến nghị được xử lý đúng hạn", false, 1.0),
            new Definition("6.2", 6, "Mức độ hài lòng về xử lý phản ánh, kiến nghị", false, 1.0),
            new Definition("6.3", 6, "100% trừ tỷ lệ hồ sơ quá hạn và hồ sơ bị phản ánh, không hài lòng", true, 0.9));

    private Index766Indicators() {
    }

    /** points = max if rate ≥ target, else rate × max / target. */
    public static double points(double rate, StatisticsSettings.Target target) {
        return rate >= target.target() ? target.maxPoints() : rate * target.maxPoints() / target.target();
    }
}
