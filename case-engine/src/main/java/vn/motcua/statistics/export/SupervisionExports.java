package vn.motcua.statistics.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.infrastructure.BlobStore;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.SupervisionQueries;

/**
 * A supervisor's exports: a small one is built at once and handed back; a large one (see {@link ExportSettings}) is
 * queued, built by {@link StatisticsExportJob} into the shared file store, listed on "my exports" with its progress
 * and downloadable by its requester only. The scope is checked against the supervisor's subtree when asked and again
 * when a background build starts.
 */
@ApplicationScoped
public class SupervisionExports {

    private static final Logger LOG = Logger.getLogger(SupervisionExports.class.getName());

    @Inject
    SupervisionQueries queries;

    @Inject
    ExportBuilder builder;

    @Inject
    ExportRequests requests;

    @Inject
    ExportSettings settings;

    @Inject
    DocumentPolicy documents;

    @Inject
    Clock clock;

    /** What an export request gave: the file now, or the id of the queued background build. */
    public sealed interface Outcome permits Ready, Queued {
    }

    public record Ready(ExportFile file) implements Outcome {
    }

    public record Queued(long requestId) implements Outcome {
    }

    /** A finished background export, opened for its requester: name, type, size and the verified bytes. */
    public record Download(String fileName, String contentType, long size, InputStream content) {
    }

    /**
     * Exports a table for the supervisor.
     *
     * @throws AccessDeniedException when the actor supervises nothing
     * @throws vn.motcua.statistics.application.OutsideSubtreeException when the unit is outside their subtree
     */
    public Outcome export(Actor actor, ExportSpec spec) {
        requireSupervisor(actor);
        StatisticsScope scope = queries.scopeFor(actor.username(), spec.unitCode(), spec.level(), spec.field(),
                spec.procedureCode());
        if (isLarge(scope, spec)) {
            long id = requests.queue(actor.username(), clock.instant(), spec, scope.unitCode());
            LOG.info(() -> "export " + id + " (" + spec.kind() + " " + spec.format() + ", " + scope.unitCode() + ") queued for "
                    + actor.username());
            return new Queued(id);
        }
        return new Ready(builder.build(scope, spec, percent -> { }));
    }

    /** Large: a period longer than the configured days, or more dossiers received in it than configured. */
    boolean isLarge(StatisticsScope scope, ExportSpec spec) {
        long days = spec.period().from().until(spec.period().to(), ChronoUnit.DAYS) + 1;
        return days > settings.backgroundDays()
                || queries.kpis(scope, spec.period()).received() > settings.backgroundDossiers();
    }

    /** The actor's background exports, newest first. */
    public List<ExportRequest> mine(Actor actor) {
        requireSupervisor(actor);
        return requests.of(actor.username(), 50);
    }

    /** Opens a finished export of the actor's; anybody else's, or an unfinished one, is not found. */
    public Download download(Actor actor, long id) {
        requireSupervisor(actor);
        ExportRequests.StoredFile file = requests.fileOf(id, actor.username())
                .orElseThrow(() -> new ExportNotFoundException(id));
        try {
            return new Download(file.fileName(), file.contentType(), file.size(),
                    new BlobStore(documents.root()).openVerified(file.sha256(), file.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("export " + id + " cannot be read from the file store", e);
        }
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.hasRole(Role.SUPERVISOR) && !actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException(actor.username() + " does not supervise any unit");
        }
    }
}
