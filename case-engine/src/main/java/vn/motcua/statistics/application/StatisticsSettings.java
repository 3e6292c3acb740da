package vn.motcua.statistics.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the statistics classify and score (DOMAIN.md §4.4, §1.7).
 *
 * @param precision           how a finish is compared with its due date: {@link Precision#DATE} compares the business
 *                            days (finish day before the due day = early, same day = on time, later = late), as the
 *                            periodic reports do; {@link Precision#INSTANT} compares the instants (before = early,
 *                            the same instant = on time, after = late)
 * @param dueSoonWorkingDays  an in-progress dossier within time is "due soon" when its due time is less than this many
 *                            working days (of the province's calendar) after the end of the period
 * @param indicators          the Decision 766 indicators' targets and maximum points, by indicator code
 */
public record StatisticsSettings(Precision precision, int dueSoonWorkingDays, Map<String, Target> indicators) {

    /** How finishes are compared with due dates. */
    public enum Precision { DATE, INSTANT }

    /** An indicator's target (a share between 0 and 1) and the points it is worth at most. */
    public record Target(double target, double maxPoints) {
        public Target {
            if (target <= 0 || target > 1) {
                throw new IllegalArgumentException("an indicator's target is a share in (0, 1], not " + target);
            }
            if (maxPoints < 0) {
                throw new IllegalArgumentException("an indicator's points cannot be negative: " + maxPoints);
            }
        }
    }

    public StatisticsSettings {
        Objects.requireNonNull(precision, "precision is required");
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("due-soon working days cannot be negative: " + dueSoonWorkingDays);
        }
        indicators = Map.copyOf(indicators);
        for (Index766Indicators.Definition definition : Index766Indicators.DEFINITIONS) {
            if (!indicators.containsKey(definition.code())) {
                throw new IllegalArgumentException("no target for Decision 766 indicator " + definition.code());
            }
        }
    }

    /** The defaults: date precision, one working day, targets and points of {@link #defaultTargets()}. */
    public static StatisticsSettings defaults() {
        return new StatisticsSettings(Precision.DATE, 1, defaultTargets());
    }

    /**
     * DOMAIN.md §1.7's targets where it names one (3.1 80 %, 3.4 50 %, 4.2 and 4.3 80 %, 5.1 80 %, 6.3 90 %), 100 %
     * elsewhere; each group's maximum split evenly over its indicators (the decision's own split is not in our
     * sources).
     */
    public static Map<String, Target> defaultTargets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Index766Indicators.Definition definition : Index766Indicators.DEFINITIONS) {
            long inGroup = Index766Indicators.DEFINITIONS.stream()
                    .filter(d -> d.group() == definition.group()).count();
            targets.put(definition.code(), new Target(definition.defaultTarget(),
                    Index766Indicators.GROUP_MAX[definition.group() - 1] / inGroup));
        }
        return targets;
    }

    /** The settings with one indicator's target replaced. */
    public StatisticsSettings withTarget(String code, Target target) {
        Map<String, Target> changed = new LinkedHashMap<>(indicators);
        changed.put(code, target);
        return new StatisticsSettings(precision, dueSoonWorkingDays, changed);
    }

    public List<String> indicatorCodes() {
        return Index766Indicators.DEFINITIONS.stream().map(Index766Indicators.Definition::code).toList();
    }
}
