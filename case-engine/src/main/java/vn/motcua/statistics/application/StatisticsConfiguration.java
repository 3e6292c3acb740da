package vn.motcua.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The statistics settings from MicroProfile Config, checked at startup:
 * {@code motcua.statistics.precision} (DATE or INSTANT, default DATE),
 * {@code motcua.statistics.due-soon-working-days} (default 1), and per Decision 766 indicator
 * {@code motcua.statistics.index766.<code>.target} (a share, e.g. 0.8) and {@code ...<code>.max-points}
 * (e.g. {@code motcua.statistics.index766.4.2.target=0.9}).
 */
@ApplicationScoped
public class StatisticsConfiguration {

    @Produces
    StatisticsSettings settings() {
        return read(ConfigProvider.getConfig());
    }

    /** The settings the configuration gives, over the defaults; a bad value fails with the property's name. */
    public static StatisticsSettings read(Config config) {
        StatisticsSettings defaults = StatisticsSettings.defaults();
        String precisionName = config.getOptionalValue("motcua.statistics.precision", String.class)
                .orElse(defaults.precision().name()).trim().toUpperCase(Locale.ROOT);
        StatisticsSettings.Precision precision;
        try {
            precision = StatisticsSettings.Precision.valueOf(precisionName);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("motcua.statistics.precision must be DATE or INSTANT, not "
                    + precisionName, e);
        }
        int dueSoon = config.getOptionalValue("motcua.statistics.due-soon-working-days", Integer.class)
                .orElse(defaults.dueSoonWorkingDays());
        StatisticsSettings settings = new StatisticsSettings(precision, dueSoon, defaults.indicators());
        for (String code : settings.indicatorCodes()) {
            StatisticsSettings.Target fallback = settings.indicators().get(code);
            String prefix = "motcua.statistics.index766." + code;
            Optional<Double> target = config.getOptionalValue(prefix + ".target", Double.class);
            Optional<Double> points = config.getOptionalValue(prefix + ".max-points", Double.class);
            if (target.isPresent() || points.isPresent()) {
                try {
                    settings = settings.withTarget(code, new StatisticsSettings.Target(
                            target.orElse(fallback.target()), points.orElse(fallback.maxPoints())));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(prefix + ": " + e.getMessage(), e);
                }
            }
        }
        return settings;
    }
}
