package vn.motcua.statistics.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.infrastructure.BlobStore;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.jobs.JobTitle;
import vn.motcua.platform.jobs.RecurringJob;
import vn.motcua.statistics.application.OutsideSubtreeException;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.SupervisionQueries;

/**
 * Builds the queued large exports, one after another, oldest first: checks the requester's scope again, builds the
 * file while recording its progress, keeps it in the shared file store and marks the request done (or failed, with
 * the reason). A request whose runner stopped (a node that died) for longer than the lock is taken up again by any
 * node, and at once by the same node when it runs the job again (it cannot still be building it then).
 */
@ApplicationScoped
public class StatisticsExportJob implements RecurringJob {

    private static final Logger LOG = Logger.getLogger(StatisticsExportJob.class.getName());
    private static final Duration LOCK = Duration.ofMinutes(30);

    @Inject
    ExportRequests requests;

    @Inject
    ExportBuilder builder;

    @Inject
    SupervisionQueries queries;

    @Inject
    DocumentPolicy documents;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "statistics-exports";
    }

    @Override
    public JobTitle title() {
        return new JobTitle("Xuất báo cáo thống kê lớn", "Large statistics exports");
    }

    @Override
    public String defaultSchedule() {
        return "PT10S";
    }

    @Override
    public Duration lockDuration() {
        return LOCK;
    }

    @Override
    public String run(JobContext context) {
        int built = 0;
        int failed = 0;
        Optional<ExportRequest> next;
        while ((next = requests.claimNext(context.node(), clock.instant(), clock.instant().minus(LOCK))).isPresent()) {
            ExportRequest request = next.get();
            try {
                ExportSpec spec = request.spec();
                StatisticsScope scope = queries.scopeFor(request.requestedBy(), spec.unitCode(), spec.level(),
                        spec.field(), spec.procedureCode());
                ExportFile file = builder.build(scope, spec, percent -> requests.progress(request.id(), percent));
                BlobStore store = new BlobStore(documents.root());
                try (BlobStore.Incoming incoming = store.receive(new ByteArrayInputStream(file.content()),
                        Long.MAX_VALUE - 1)) {
                    store.keep(incoming);
                    requests.done(request.id(), clock.instant(), new ExportRequests.StoredFile(file.fileName(),
                            file.contentType(), incoming.sha256(), incoming.size()));
                }
                built++;
                LOG.info(() -> "export " + request.id() + " built: " + file.fileName());
            } catch (OutsideSubtreeException e) {
                requests.failed(request.id(), clock.instant(), "Đơn vị không còn thuộc phạm vi giám sát của người yêu cầu.");
                failed++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "export " + request.id() + " failed", e);
                requests.failed(request.id(), clock.instant(), "Không tạo được tệp: " + e.getClass().getSimpleName());
                failed++;
            }
        }
        return built + " built, " + failed + " failed";
    }
}
