package vn.motcua.integration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.dossier.application.FilingRefusedException;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;

/**
 * The fallback for pushes that never reached us: every five minutes (configurable as
 * {@code motcua.jobs.national-intake-polling.schedule}) asks the national portal for the dossiers filed there since
 * the last cursor and receives each through {@link NationalIntake} — a dossier pushed before is found by its national
 * code and not filed again. Each dossier is received in a transaction of its own; a refused one is logged and
 * skipped (the portal must correct it), one failing otherwise stops the run before the cursor moves past it.
 */
@ApplicationScoped
public class NationalIntakePollingJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(NationalIntakePollingJob.class.getName());
    static final String SOURCE = "dvcqg";
    private static final int MAX_PAGES = 20;

    @Inject
    NationalPortalOutgoing portal;

    @Inject
    NationalIntake intake;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "national-intake-polling";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Lấy hồ sơ nộp trên Cổng Dịch vụ công quốc gia",
                "Fetch dossiers filed on the national public-service portal");
    }

    @Override
    public String defaultSchedule() {
        return "PT5M";
    }

    /** A feed of the portal's outgoing dossiers, asked page by page from a cursor. */
    @FunctionalInterface
    public interface Feed {
        NationalPortalOutgoing.Page since(String cursor) throws Exception;
    }

    @Override
    public String run(JobContext context) throws Exception {
        if (!portal.isConfigured()) {
            return "The national portal's feed is not configured (motcua.dvcqg.intake.url).";
        }
        return poll(portal::since, SOURCE);
    }

    /**
     * Receives what {@code feed} has after the cursor kept under {@code source}, and moves the cursor. The sandbox
     * portal polls its own feed through this.
     */
    @jakarta.transaction.Transactional(rollbackOn = Exception.class)
    public String poll(Feed feed, String source) throws Exception {
        int filed = 0;
        int repeated = 0;
        int refused = 0;
        String cursor = cursor(source);
        for (int page = 0; page < MAX_PAGES; page++) {
            NationalPortalOutgoing.Page dossiers = feed.since(cursor);
            for (var json : dossiers.dossiers()) {
                try {
                    NationalIntake.Outcome outcome = intake.receive(NationalDossier.fromJson(json), IntakeSource.POLL);
                    if (outcome.filedNow()) {
                        filed++;
                    } else {
                        repeated++;
                    }
                } catch (FilingRefusedException e) {
                    refused++;
                    LOG.warning(() -> "A dossier of the national portal's feed was refused: " + e.problems().keySet());
                }
            }
            boolean moved = dossiers.nextCursor() != null && !dossiers.nextCursor().equals(cursor);
            if (moved) {
                cursor = dossiers.nextCursor();
                saveCursor(source, cursor);
            }
            if (!moved || dossiers.dossiers().isEmpty()) {
                break;
            }
        }
        return String.format("%d dossiers received, %d already received, %d refused; cursor %s.", filed, repeated,
                refused, cursor);
    }

    private String cursor(String source) {
        List<?> rows = em.createNativeQuery("SELECT cursor_value FROM national_intake_cursor WHERE source_name = ?1")
                .setParameter(1, source).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private void saveCursor(String source, String cursor) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery("UPDATE national_intake_cursor SET cursor_value = ?1, updated_at = ?2 "
                + "WHERE source_name = ?3").setParameter(1, cursor).setParameter(2, now).setParameter(3, source)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO national_intake_cursor (source_name, cursor_value, updated_at) "
                    + "VALUES (?1, ?2, ?3)").setParameter(1, source).setParameter(2, cursor).setParameter(3, now)
                    .executeUpdate();
        }
    }
}
