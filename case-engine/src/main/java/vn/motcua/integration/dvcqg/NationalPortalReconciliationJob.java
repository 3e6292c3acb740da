package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;
import vn.motcua.platform.time.BusinessTime;

/**
 * Every night (configurable as {@code motcua.jobs.dvcqg-reconciliation.schedule}) reconciles the dossiers filed in
 * the last {@code motcua.dvcqg.reconcile-days} days with the national portal and repairs drift; the run's summary
 * gives the counts (checked / in sync / in flight / repaired). Does nothing while sync is off.
 */
@ApplicationScoped
public class NationalPortalReconciliationJob implements RecurringJob {

    @Inject
    NationalPortalReconciliation reconciliation;

    @Inject
    NationalPortalSettings settings;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "dvcqg-reconciliation";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Đối soát đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia",
                "Reconcile dossier sync with the national public-service portal");
    }

    @Override
    public String defaultSchedule() {
        return "30 1 * * *";
    }

    @Override
    public String run(JobContext context) {
        if (!settings.syncEnabled()) {
            return "National portal sync is off (motcua.dvcqg.sync=false): nothing to reconcile.";
        }
        LocalDate today = BusinessTime.today(clock);
        return reconciliation.reconcile(today.minusDays(settings.reconcileDays() - 1L), today).summary();
    }
}
