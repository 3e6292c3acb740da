package vn.motcua.statistics.application;

import java.util.List;

/**
 * The Decision 766 index for a unit (an agency or the province) and period: six groups, 100 points at most.
 *
 * @param points the total over groups, or null when no indicator of any group has data
 */
public record Index766(String unitCode, String unitName, Period period, List<Group> groups, Double points) {

    /** One of the six groups (1 Công khai, minh bạch … 6 Mức độ hài lòng). */
    public record Group(int number, String name, double maxPoints, List<Indicator> indicators, Double points) {
    }

    /**
     * One indicator: its inputs, its rate, its target and its points ({@code points = max} if rate ≥ target, else
     * {@code rate × max / target}, configurable). When the system does not collect the input, {@code collected} is
     * false and numerator, denominator, rate and points are null: "no data", never 0.
     */
    public record Indicator(String code, String name, boolean collected, Long numerator, Long denominator,
                            Double rate, double target, double maxPoints, Double points) {
    }
}
