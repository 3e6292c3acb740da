package vn.motcua.statistics.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When an export is "large" and is built in the background instead of during the page request:
 * {@code motcua.statistics.export.background-days} (a period longer than this many days; default 93, so a quarter
 * is built at once and a year in the background) or {@code motcua.statistics.export.background-dossiers} (more
 * dossiers received in the scope and period than this; default 5000). Environment variables map as usual
 * ({@code MOTCUA_STATISTICS_EXPORT_BACKGROUND_DAYS}).
 */
@ApplicationScoped
public class ExportSettings {

    @Inject
    @ConfigProperty(name = "motcua.statistics.export.background-days", defaultValue = "93")
    int backgroundDays;

    @Inject
    @ConfigProperty(name = "motcua.statistics.export.background-dossiers", defaultValue = "5000")
    long backgroundDossiers;

    public int backgroundDays() {
        if (backgroundDays <= 0) {
            throw new IllegalStateException("motcua.statistics.export.background-days must be positive, was "
                    + backgroundDays);
        }
        return backgroundDays;
    }

    public long backgroundDossiers() {
        if (backgroundDossiers <= 0) {
            throw new IllegalStateException("motcua.statistics.export.background-dossiers must be positive, was "
                    + backgroundDossiers);
        }
        return backgroundDossiers;
    }
}
