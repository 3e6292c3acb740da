package vn.motcua.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.payment.domain.PaymentRequest;
import vn.motcua.payment.domain.PaymentRequestRepository;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;

/**
 * Reconciles online payments with the gateway every five minutes (configurable as {@code motcua.jobs.
 * payment-reconciliation.schedule}): each awaiting request whose transaction started more than
 * {@code motcua.payment.reconcile-after} ago, or whose time is over, is asked about (querydr) and settled through the
 * same settlement as a notification when the gateway says it was paid — its notification was lost — or expired when
 * its time is over. Each request is reconciled in a transaction of its own, so one failure does not undo the others.
 */
@ApplicationScoped
public class PaymentReconciliationJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliationJob.class.getName());
    private static final int BATCH = 200;

    @Inject
    PaymentRequestRepository requests;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "payment-reconciliation";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Đối soát thanh toán trực tuyến với cổng thanh toán",
                "Reconcile online payments with the payment gateway");
    }

    @Override
    public String defaultSchedule() {
        return "PT5M";
    }

    @Override
    public String run(JobContext context) {
        Instant now = clock.instant();
        Set<Long> ids = new LinkedHashSet<>();
        requests.awaitingWithTransactionStartedBefore(now.minus(settings.reconcileAfter()), BATCH)
                .forEach(r -> ids.add(r.getId()));
        requests.awaitingExpiredAt(now, BATCH).stream().map(PaymentRequest::getId).forEach(ids::add);
        Map<PaymentSettlement.Reconciled, Integer> counts = new EnumMap<>(PaymentSettlement.Reconciled.class);
        int failed = 0;
        for (long id : ids) {
            try {
                counts.merge(settlement.reconcile(id, now), 1, Integer::sum);
            } catch (RuntimeException e) {
                failed++;
                LOG.warning(() -> "payment request #" + id + " not reconciled: " + e.getMessage());
            }
        }
        return String.format("Checked %d payment requests: %d settled, %d expired, %d still awaiting, %d failed.",
                ids.size(), counts.getOrDefault(PaymentSettlement.Reconciled.SETTLED, 0),
                counts.getOrDefault(PaymentSettlement.Reconciled.EXPIRED, 0),
                counts.getOrDefault(PaymentSettlement.Reconciled.STILL_AWAITING, 0), failed);
    }
}
