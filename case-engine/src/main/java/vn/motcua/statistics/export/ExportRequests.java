package vn.motcua.statistics.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Period;

/**
 * The table of background export requests ({@code statistics_export}). Every change commits on its own
 * ({@code REQUIRES_NEW}), so a request's progress shows on "my exports" while the build that reports it is still
 * running in the job's transaction.
 */
@ApplicationScoped
public class ExportRequests {

    private static final String COLUMNS = "id, requested_by, requested_at, kind, format, group_by, unit_code, level_name,"
            + " field_name, procedure_code, period_from, period_to, state, progress, finished_at, file_name, file_size,"
            + " message";

    @Inject
    DataSource dataSource;

    /** A stored file: where its bytes are in the file store. */
    public record StoredFile(String fileName, String contentType, String sha256, long size) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long queue(String requestedBy, Instant at, ExportSpec spec, String unitCode) {
        String sql = "INSERT INTO statistics_export (requested_by, requested_at, kind, format, group_by, unit_code,"
                + " level_name, field_name, procedure_code, period_from, period_to, state, progress)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, requestedBy);
            s.setObject(2, utc(at));
            s.setString(3, spec.kind().name());
            s.setString(4, spec.format().name());
            s.setString(5, spec.groupBy() == null ? null : spec.groupBy().name());
            s.setString(6, unitCode);
            s.setString(7, spec.level());
            s.setString(8, spec.field());
            s.setString(9, spec.procedureCode());
            s.setDate(10, Date.valueOf(spec.period().from()));
            s.setDate(11, Date.valueOf(spec.period().to()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue an export for " + requestedBy, e);
        }
    }

    /**
     * The oldest queued request, now RUNNING for {@code runner}. A request still RUNNING counts as queued when it
     * started before {@code staleBefore} (its node died), or when {@code runner} itself holds it: the scheduler runs
     * the export job once at a time per node, so such a request was left by a run that stopped (a restarted node).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<ExportRequest> claimNext(String runner, Instant now, Instant staleBefore) {
        try (Connection c = dataSource.getConnection()) {
            Long id = null;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM statistics_export WHERE state = 'QUEUED'"
                    + " OR (state = 'RUNNING' AND (started_at < ? OR runner = ?)) ORDER BY id")) {
                s.setObject(1, utc(staleBefore));
                s.setString(2, runner);
                s.setMaxRows(1);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        id = r.getLong(1);
                    }
                }
            }
            if (id == null) {
                return Optional.empty();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE statistics_export SET state = 'RUNNING',"
                    + " progress = 0, runner = ?, started_at = ? WHERE id = ? AND (state = 'QUEUED'"
                    + " OR (state = 'RUNNING' AND (started_at < ? OR runner = ?)))")) {
                s.setString(1, runner);
                s.setObject(2, utc(now));
                s.setLong(3, id);
                s.setObject(4, utc(staleBefore));
                s.setString(5, runner);
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return find(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim an export request", e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void progress(long id, int percent) {
        update("UPDATE statistics_export SET progress = ? WHERE id = ? AND state = 'RUNNING'", s -> {
            s.setInt(1, Math.max(0, Math.min(99, percent)));
            s.setLong(2, id);
        });
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void done(long id, Instant at, StoredFile file) {
        update("UPDATE statistics_export SET state = 'DONE', progress = 100, finished_at = ?, file_name = ?,"
                + " content_type = ?, file_sha256 = ?, file_size = ?, message = NULL WHERE id = ?", s -> {
            s.setObject(1, utc(at));
            s.setString(2, file.fileName());
            s.setString(3, file.contentType());
            s.setString(4, file.sha256());
            s.setLong(5, file.size());
            s.setLong(6, id);
        });
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, Instant at, String message) {
        update("UPDATE statistics_export SET state = 'FAILED', finished_at = ?, message = ? WHERE id = ?", s -> {
            s.setObject(1, utc(at));
            s.setString(2, message == null ? null : message.substring(0, Math.min(1000, message.length())));
            s.setLong(3, id);
        });
    }

    /** The requester's own requests, newest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<ExportRequest> of(String requestedBy, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM statistics_export WHERE requested_by = ? ORDER BY id DESC")) {
            s.setString(1, requestedBy);
            s.setMaxRows(limit);
            List<ExportRequest> requests = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    requests.add(read(r));
                }
            }
            return requests;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the exports of " + requestedBy, e);
        }
    }

    /** The finished file of a request, only for the one who requested it. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<StoredFile> fileOf(long id, String requestedBy) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT file_name, content_type, file_sha256, file_size"
                     + " FROM statistics_export WHERE id = ? AND requested_by = ? AND state = 'DONE'")) {
            s.setLong(1, id);
            s.setString(2, requestedBy);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredFile(r.getString(1), r.getString(2), r.getString(3),
                        r.getLong(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read export " + id, e);
        }
    }

    private Optional<ExportRequest> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM statistics_export WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static ExportRequest read(ResultSet r) throws SQLException {
        String groupBy = r.getString("group_by");
        ExportSpec spec = new ExportSpec(ExportKind.valueOf(r.getString("kind")),
                ExportFormat.valueOf(r.getString("format")), groupBy == null ? null : GroupBy.valueOf(groupBy),
                r.getString("unit_code"), r.getString("level_name"), r.getString("field_name"),
                r.getString("procedure_code"), new Period(r.getDate("period_from").toLocalDate(),
                r.getDate("period_to").toLocalDate()));
        LocalDateTime finished = r.getObject("finished_at", LocalDateTime.class);
        long size = r.getLong("file_size");
        Long fileSize = r.wasNull() ? null : size;
        return new ExportRequest(r.getLong("id"), r.getString("requested_by"),
                r.getObject("requested_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), spec, ExportRequest.State.valueOf(r.getString("state")),
                r.getInt("progress"), finished == null ? null : finished.toInstant(ZoneOffset.UTC), r.getString("file_name"),
                fileSize, r.getString("message"));
    }

    /** Instants are stored as UTC date-times, like every table of ours. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update an export request", e);
        }
    }
}
